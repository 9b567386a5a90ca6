# NotImplemented fallbacks and the subclass-first rule for reflected operators.

trace = []

class Money:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        trace.append(f"{type(self).__name__}.__add__")
        if isinstance(other, Money):
            return type(self)(self.v + other.v)
        if isinstance(other, int):
            return type(self)(self.v + other)
        return NotImplemented
    def __radd__(self, other):
        trace.append(f"{type(self).__name__}.__radd__")
        if isinstance(other, int):
            return type(self)(other + self.v)
        return NotImplemented
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"

class Euro(Money):
    def __radd__(self, other):
        trace.append("Euro.__radd__")
        return Euro(("euro-first", other.v if isinstance(other, Money) else other))

def run(label, f):
    trace.clear()
    try:
        result = f()
    except TypeError as e:
        result = f"TypeError {e}"
    print(f"{label}: {result} via {trace}")

run("Money + Money", lambda: Money(1) + Money(2))
run("Money + int", lambda: Money(1) + 5)
run("int + Money", lambda: 5 + Money(1))
run("Money + Euro", lambda: Money(1) + Euro(2))
run("Euro + Money", lambda: Euro(2) + Money(1))
run("Money + str", lambda: Money(1) + "x")
run("str + Money", lambda: "x" + Money(1))
run("sum", lambda: sum([Money(1), Money(2), Money(3)]))

# A subclass that does not override the reflected method gets no priority.
class Pound(Money):
    pass
run("Money + Pound", lambda: Money(1) + Pound(2))

# Both sides return NotImplemented.
class Never:
    def __add__(self, other):
        trace.append("Never.__add__")
        return NotImplemented
    def __radd__(self, other):
        trace.append("Never.__radd__")
        return NotImplemented
run("Never + Never", lambda: Never() + Never())
run("Never + Money", lambda: Never() + Money(1))
run("Money + Never", lambda: Money(1) + Never())

# Returning NotImplemented explicitly versus raising TypeError.
class Raises:
    def __add__(self, other):
        raise TypeError("I refuse")
    def __radd__(self, other):
        return "never asked"
run("Raises + 1", lambda: Raises() + 1)
run("1 + Raises", lambda: 1 + Raises())

# Builtins return NotImplemented from their dunders.
print("int.__add__('a'):", (1).__add__("a"))
print("float.__radd__(1):", (2.5).__radd__(1))
print("complex.__mul__('x'):", (1j).__mul__("x"), "int.__lt__('a'):", (1).__lt__("a"))
try:
    [1].__add__((2,))
except TypeError as e:
    print("list.__add__ tuple raises:", e)
print("bool of NotImplemented type:", type(NotImplemented).__name__, repr(NotImplemented))

# int subclass with reflected method beats int's forward method.
class MyInt(int):
    def __radd__(self, other):
        return ("MyInt.__radd__", other)
    def __rsub__(self, other):
        return NotImplemented
print("3 + MyInt(4):", 3 + MyInt(4))
print("3 - MyInt(4):", 3 - MyInt(4))
print("MyInt(4) + 3:", MyInt(4) + 3, type(MyInt(4) + 3).__name__)

# Reflected for shifts and matmul with explicit NotImplemented fallbacks.
class Shift:
    def __lshift__(self, n):
        return NotImplemented
    def __rlshift__(self, n):
        return f"rlshift {n}"
run("Shift << Shift", lambda: Shift() << Shift())
run("1 << Shift", lambda: 1 << Shift())
class Mat:
    def __matmul__(self, o):
        return "matmul" if isinstance(o, Mat) else NotImplemented
run("Mat @ Mat", lambda: Mat() @ Mat())
run("Mat @ 2", lambda: Mat() @ 2)
run("2 @ Mat", lambda: 2 @ Mat())
