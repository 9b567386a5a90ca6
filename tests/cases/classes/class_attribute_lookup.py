class A:
    x = "class A"
    def method(self):
        return "A.method"
class B(A):
    y = "class B"
b = B()
print(b.x, b.y, b.method())
b.x = "instance"
print(b.x, B.x, A.x)
A.x = "changed in A"
print(B.x, B().x, b.x)
B.method = lambda self: "patched onto B"
print(b.method(), A().method())
del B.method
print(b.method())
b.method = lambda: "instance attribute function"
print(b.method(), B.method(b))
print("x" in vars(b), "x" in vars(B), "x" in vars(A))
class Counter:
    total = 0
    def inc(self):
        self.total += 1
c1, c2 = Counter(), Counter()
c1.inc(); c1.inc(); c2.inc()
print(c1.total, c2.total, Counter.total)
class Shared:
    items = []
    def add(self, v):
        self.items.append(v)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
class WithSlots:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
w = WithSlots()
print(w.a, hasattr(w, "b"), hasattr(w, "__dict__"))
try:
    w.c = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    w.b
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(B, "y"), getattr(b, "nope", None), hasattr(B, "method"), type(b).__dict__.get("y"))
