# In-place operator dunders: every form, NotImplemented fallbacks, targets and error messages.

OPS = [("+=", "add"), ("-=", "sub"), ("*=", "mul"), ("@=", "matmul"), ("/=", "truediv"),
       ("//=", "floordiv"), ("%=", "mod"), ("**=", "pow"), ("<<=", "lshift"), (">>=", "rshift"),
       ("&=", "and"), ("^=", "xor"), ("|=", "or")]

class InPlace:
    def __init__(self):
        self.log = []
for _, name in OPS:
    def imethod(self, other, name=name):
        self.log.append(f"i{name}({other})")
        return self
    setattr(InPlace, f"__i{name}__", imethod)

x = InPlace()
keep = x
for sym, _ in OPS:
    exec(f"x {sym} 2")
print("all in-place, same object:", x is keep, x.log)

# __iadd__ returning NotImplemented falls back to __add__, then __radd__.
class Fallback:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, other):
        print("  __iadd__ ->", "NotImplemented" if other < 0 else "self")
        if other < 0:
            return NotImplemented
        self.v += other
        return self
    def __add__(self, other):
        print("  __add__")
        return Fallback(self.v + other * 100)
f = Fallback(1)
orig = f
f += 1
print("iadd:", f.v, f is orig)
f += -1
print("fell back to add:", f.v, f is orig)

class OnlyRadd:
    def __radd__(self, other):
        return f"radd({other})"
n = 5
n += OnlyRadd()
print("int += OnlyRadd:", n)

# Error messages name the in-place operator.
class Nothing:
    pass
for sym, _ in OPS:
    y = Nothing()
    try:
        exec(f"y {sym} 1")
    except TypeError as e:
        print(sym, "->", e)

# The return value of __iadd__ is what gets bound, even if it is not self.
class Weird:
    def __iadd__(self, other):
        return ("replaced", other)
w = Weird()
w += 3
print("rebound:", w)
class ReturnsNone:
    def __imul__(self, other):
        pass
r = ReturnsNone()
r *= 2
print("None bound:", r)

# In-place on attributes and subscripts: get, operate, set.
class Box:
    def __init__(self):
        self.items = {"k": [1]}
    def __getattr__(self, name):
        print("  getattr", name)
        return 0
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value)
class Store(dict):
    def __getitem__(self, k):
        print("  getitem", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("  setitem", k, v)
        super().__setitem__(k, v)
b = Box()
b.count += 5
s = Store(a=1)
s["a"] += 10
s["lst"] = []
s["lst"] += [1, 2]
print("store:", dict(s))

# Mutable builtins use their in-place forms; immutable ones rebind.
lst = [1]
alias = lst
lst += (2, 3)
print("list += tuple:", lst, alias is lst)
t = (1,)
talias = t
t += (2,)
print("tuple +=:", t, talias, t is talias)
st = {1}
salias = st
st |= {2}
st &= {2, 3}
print("set in-place:", st, salias is st)
try:
    t += [3]
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst += 5
except TypeError as e:
    print(type(e).__name__, e)
