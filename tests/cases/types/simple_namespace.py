# types.SimpleNamespace: construction, repr, equality, attributes.
from types import SimpleNamespace

ns = SimpleNamespace(a=1, b="two")
print("repr", ns, repr(SimpleNamespace()))
print("attrs", ns.a, ns.b, vars(ns))
ns.c = [3]
del ns.a
print("edited", ns)
try:
    ns.a
except AttributeError as e:
    print("missing", type(e).__name__, e)
print("eq", SimpleNamespace(x=1) == SimpleNamespace(x=1), SimpleNamespace(x=1) == SimpleNamespace(x=2))
print("eq other", SimpleNamespace(x=1) == {"x": 1}, SimpleNamespace() != object())
try:
    hash(ns)
except TypeError as e:
    print("hash", e)
try:
    SimpleNamespace({"a": 1})
except TypeError as e:
    print("positional", e)
try:
    SimpleNamespace(**{1: 2})
except TypeError as e:
    print("non-str key", e)

loop = SimpleNamespace(name="loop")
loop.me = loop
print("recursive", loop)
nested = SimpleNamespace(inner=SimpleNamespace(x=1), items=[SimpleNamespace()])
print("nested", nested)


class Point(SimpleNamespace):
    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point(x=3, y=-4)
print("subclass", p, p.norm1(), p == SimpleNamespace(x=3, y=-4), isinstance(p, SimpleNamespace))
print("reduce", SimpleNamespace(k=1).__reduce__()[1:], type(SimpleNamespace(k=1).__reduce__()[0]).__name__)
d = SimpleNamespace(**{"with space": 1, "z": 2})
print("odd key", d, getattr(d, "with space"))
print("order", SimpleNamespace(z=1, a=2, m=3))
print("dict is live", ns.__dict__ is vars(ns), sorted(vars(ns)))
ns.__dict__["late"] = True
print("late", ns.late)
