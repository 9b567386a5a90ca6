# Modules: their type's attributes, and subclasses of types.ModuleType.
import math
import types

print("class", math.__class__ is types.ModuleType, type(math).__name__)
print("name", math.__name__, math.sqrt(16.0))
print("repr-method", types.ModuleType("m").__repr__())
print("dir-method", sorted(types.ModuleType("m", "d").__dir__()))
print("eq", math.__eq__(math), math.__ne__(math))


class Configured(types.ModuleType):
    """A module type with a property, a method and its own __init__."""

    def __init__(self, name, level):
        super().__init__(name, "configured")
        self.level = level

    @property
    def double(self):
        return self.level * 2

    def describe(self):
        return "%s at level %d" % (self.__name__, self.level)


c = Configured("conf", 4)
print("sub", type(c).__name__, isinstance(c, types.ModuleType), c.__doc__)
print("attrs", c.level, c.double, c.describe())
print("namespace", sorted(k for k in c.__dict__ if not k.startswith("__")))
c.extra = [1, 2]
print("store", c.__dict__["extra"], "extra" in dir(c))
print("repr", repr(c))
try:
    c.missing
except AttributeError as e:
    print("AttributeError", e)


class Lazy(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        return name.upper()


lazy = Lazy("lazy")
print("lazy", lazy.abc, lazy.__name__, hasattr(lazy, "_private"))


def pep562(name):
    return "pep562 " + name


m = types.ModuleType("plain")
m.__getattr__ = pep562
print("pep562", m.anything)
try:
    types.ModuleType(3)
except TypeError as e:
    print("TypeError", e)
try:
    Configured.__init__(c, 5)
except TypeError as e:
    print("TypeError", e)
