# __setattr__ / __delattr__ overrides and how object.__setattr__ still honours descriptors.

class Audit:
    def __init__(self):
        self.x = 1
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("  delattr", name)
        super().__delattr__(name)
    @property
    def ro(self):
        return "read only"
    @property
    def rw(self):
        return self.__dict__.get("_rw", "nothing")
    @rw.setter
    def rw(self, v):
        print("  rw setter", v)
        self.__dict__["_rw"] = v

a = Audit()
a.y = 2
a.rw = "val"
print("rw:", a.rw, sorted(a.__dict__))
try:
    a.ro = 5
except AttributeError as e:
    print(type(e).__name__, e)
del a.y
try:
    del a.y
except AttributeError as e:
    print(type(e).__name__, e)
setattr(a, "z", 3)
delattr(a, "z")
print("augmented assignment calls getattr then setattr")
a.x += 10
print("x:", a.x)

# Bypassing an override with object.__setattr__.
class Locked:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError(f"{type(self).__name__} is locked")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
lk = Locked(7)
print("locked:", lk.v)
for action in ("set", "del"):
    try:
        if action == "set":
            lk.v = 8
        else:
            del lk.v
    except AttributeError as e:
        print(type(e).__name__, e)
object.__delattr__(lk, "v")
print("deleted via object:", hasattr(lk, "v"))

# Setting attributes on builtins and plain objects.
for obj in (object(), 5, "s", [1], (1,)):
    try:
        obj.attr = 1
    except AttributeError as e:
        print(type(e).__name__, e)
for obj in (object(), 5):
    try:
        del obj.attr
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    int.attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(int, "x", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del str.upper
except TypeError as e:
    print(type(e).__name__, e)

# setattr with a non-string name.
try:
    setattr(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    object.__setattr__(a, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)

# Setting and deleting attributes on a class.
class K:
    pass
K.new = 1
print("class attr:", K.new)
del K.new
try:
    del K.new
except AttributeError as e:
    print(type(e).__name__, e)

# __setattr__ defined on a metaclass intercepts class attribute assignment.
class Meta(type):
    def __setattr__(cls, name, value):
        print("  meta setattr", cls.__name__, name, value)
        super().__setattr__(name, value)
class M(metaclass=Meta):
    pass
M.flag = True
M().flag2 = False
print("flag:", M.flag)
