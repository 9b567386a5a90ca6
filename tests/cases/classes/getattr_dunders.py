class Dynamic:
    existing = "real attribute"
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:].upper()
        raise AttributeError(f"{type(self).__name__!r} has no {name!r}")
d = Dynamic()
print(d.existing, d.dyn_hello, getattr(d, "dyn_x"), hasattr(d, "dyn_y"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print(type(e).__name__, e)

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        object.__delattr__(self, name)
    def __getattribute__(self, name):
        if name == "secret":
            return "intercepted"
        return object.__getattribute__(self, name)
l = Logged()
l.a = 1
l.b = 2
del l.a
print(l.log, l.secret, l.b, hasattr(l, "a"))

class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name}")
f = Frozen(1)
try:
    f.v = 2
except AttributeError as e:
    print(type(e).__name__, e, f.v)

class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.__class__.__name__)
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
class GetattrRaisesOther:
    def __getattr__(self, name):
        raise KeyError(name)
try:
    hasattr(GetattrRaisesOther(), "x")
except KeyError as e:
    print("hasattr propagates", type(e).__name__, e)
print(getattr(GetattrRaisesOther(), "__class__").__name__)
