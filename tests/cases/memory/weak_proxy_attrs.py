# weakref.proxy: attribute access is forwarded to the referent; ReferenceError once it dies.
import weakref

class Point:
    kind = "point"
    def __init__(self, x, y):
        self.x, self.y = x, y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def __str__(self):
        return f"({self.x}, {self.y})"

pt = Point(3, -4)
p = weakref.proxy(pt)
print("type", type(p).__name__, type(p) is weakref.ProxyType, type(p) in weakref.ProxyTypes)
print("class attr", p.__class__.__name__, isinstance(p, Point), isinstance(p, weakref.ProxyType))
print("read", p.x, p.y, p.kind, p.norm1())
p.x = 10
print("write through", pt.x, p.x)
p.z = "new"
print("new attribute", pt.z, sorted(vars(p)), sorted(p.__dict__))
del p.z
print("deleted", hasattr(pt, "z"), hasattr(p, "z"))
try:
    p.missing
except AttributeError as e:
    print("missing", type(e).__name__, e)
print("str", str(p), f"{p}", format(p, ""))
print("repr", repr(p).startswith("<weakproxy at 0x"), " to Point at 0x" in repr(p))
print("dir", "norm1" in dir(p), "x" in dir(p))
print("getattr", getattr(p, "y"), getattr(p, "nope", "default"))

print("shared", weakref.proxy(pt) is p, weakref.proxy(pt, None) is p)
print("with callback is new", weakref.proxy(pt, print) is p)
print("refcount sees proxy", weakref.getweakrefcount(pt) >= 1)

try:
    hash(p)
except TypeError as e:
    print("hash", type(e).__name__)
try:
    weakref.ProxyType(pt)
except TypeError as e:
    print("no direct construction", type(e).__name__)
try:
    weakref.proxy(p)
except TypeError as e:
    print("proxy of proxy", type(e).__name__)
for bad in (1, "s", None, [1]):
    try:
        weakref.proxy(bad)
    except TypeError as e:
        print("not weakrefable", type(e).__name__, e)

del pt
print("dead repr", " to NoneType at 0x" in repr(p))
for label, action in [("getattr", lambda: p.x), ("setattr", lambda: setattr(p, "x", 1)),
                      ("delattr", lambda: delattr(p, "y")), ("str", lambda: str(p)),
                      ("method", lambda: p.norm1), ("class", lambda: p.__class__),
                      ("isinstance", lambda: isinstance(p, Point))]:
    try:
        print(label, "->", action())
    except ReferenceError as e:
        print(label, "->", type(e).__name__, e)
print("type still known", type(p).__name__)
