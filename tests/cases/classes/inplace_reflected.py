class Acc:
    def __init__(self, v):
        self.v = v
    def __iadd__(self, o):
        print("  iadd")
        self.v += o
        return self
    def __add__(self, o):
        print("  add")
        return Acc(self.v + o)
    def __repr__(self):
        return f"Acc({self.v})"

a = Acc(1)
alias = a
a += 5
print(a, alias, a is alias)

class OnlyAdd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return OnlyAdd(self.v + o)
o = OnlyAdd(1)
alias = o
o += 1
print(o.v, alias.v, o is alias)

class NotImplIadd:
    def __iadd__(self, o):
        return NotImplemented
    def __add__(self, o):
        return "fell back to __add__"
n = NotImplIadd()
n += 1
print(n)

class L:
    def __init__(self, name):
        self.name = name
    def __add__(self, o):
        print(f"  {self.name}.__add__")
        return NotImplemented
    def __radd__(self, o):
        print(f"  {self.name}.__radd__")
        return NotImplemented
try:
    L("x") + L("y")
except TypeError as e:
    print(type(e).__name__, e)

class Base:
    def __add__(self, o):
        return "Base.__add__"
    def __radd__(self, o):
        return "Base.__radd__"
class Derived(Base):
    def __radd__(self, o):
        return "Derived.__radd__ wins"
print(Base() + Derived())
print(Derived() + Base())
print(1 + Base(), [1] + Base() if False else "skip")

class R:
    def __rsub__(self, o):
        return f"rsub {o}"
    def __rtruediv__(self, o):
        return f"rtruediv {o}"
    def __rfloordiv__(self, o):
        return f"rfloordiv {o}"
    def __rmod__(self, o):
        return f"rmod {o}"
    def __rpow__(self, o):
        return f"rpow {o}"
    def __rlshift__(self, o):
        return f"rlshift {o}"
    def __rand__(self, o):
        return f"rand {o}"
    def __rmatmul__(self, o):
        return f"rmatmul {o}"
r = R()
print(10 - r, 10 / r, 10 // r, 10 % r, 10 ** r, 10 << r, 10 & r, [1] @ r)
class IMul:
    def __init__(self):
        self.items = []
    def __imul__(self, n):
        self.items.append(n)
        return self
    def __ipow__(self, n):
        return "ipow result"
    def __imatmul__(self, n):
        return "imatmul result"
m = IMul()
m *= 3
m *= 4
print(m.items)
m **= 2
print(m)
k = IMul()
k @= 1
print(k)
