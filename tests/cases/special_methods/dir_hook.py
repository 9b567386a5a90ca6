# dir() and __dir__: sorting, result conversion, defaults for instances, classes and modules.
import types

class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid", "alpha"]
print("custom sorted, dupes kept:", dir(Custom()))

class TupleDir:
    def __dir__(self):
        return ("b", "a")
print("tuple result:", dir(TupleDir()), type(dir(TupleDir())).__name__)

class GenDir:
    def __dir__(self):
        return (name for name in ["y", "x"])
print("generator result:", dir(GenDir()))

class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)

class MixedDir:
    def __dir__(self):
        return ["a", 1]
try:
    dir(MixedDir())
except TypeError as e:
    print(type(e).__name__, e)

# Default instance dir: instance dict + class attributes + bases, sorted.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst_attr = 3
names = dir(Child())
print("default:", [n for n in names if not n.startswith("__")])
print("dunders included:", "__init__" in names, "__class__" in names, "__dict__" in names)
print("sorted:", names == sorted(names))

# dir() of a class does not include metaclass attributes.
class Meta(type):
    def meta_method(cls):
        pass
class WithMeta(metaclass=Meta):
    own = 1
print("class dir:", [n for n in dir(WithMeta) if not n.startswith("__")], "mro" in dir(WithMeta))
print("metaclass attr reachable:", hasattr(WithMeta, "meta_method"))

# __dir__ defined on a metaclass controls dir(cls).
class DirMeta(type):
    def __dir__(cls):
        return ["from_meta"]
class Controlled(metaclass=DirMeta):
    x = 1
print("meta __dir__:", dir(Controlled), [n for n in dir(Controlled()) if not n.startswith("__")])

# __dir__ is looked up on the type, not the instance.
c = Child()
c.__dir__ = lambda: ["instance"]
print("instance __dir__ ignored:", "instance" not in dir(c), "__dir__" in dir(c))

# Modules: __dir__ in the module namespace (PEP 562).
mod = types.ModuleType("fake")
mod.public = 1
mod._private = 2
print("module default:", [n for n in dir(mod) if not n.startswith("__")])
mod.__dir__ = lambda: ["public", "virtual"]
print("module hook:", dir(mod))
mod.__getattr__ = lambda name: f"lazy {name}"
print("module __getattr__:", mod.virtual, mod.public, getattr(mod, "anything"))
try:
    del mod.__getattr__
    mod.virtual
except AttributeError as e:
    print(type(e).__name__, e)

# dir() with no argument lists local names, sorted.
def local_names():
    b = 1
    a = 2
    return dir()
print("locals:", local_names())

# dir of builtins includes their methods.
print("int has:", all(n in dir(0) for n in ("real", "bit_length", "__add__")), "list has:", "append" in dir([]))
try:
    dir(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
