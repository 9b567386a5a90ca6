# functools.cached_property: caching in __dict__, invalidation, __set_name__, errors.
from functools import cached_property


class Data:
    def __init__(self, values):
        self.values = values
        self.computed = 0

    @cached_property
    def total(self):
        "The sum of the values."
        self.computed += 1
        print("  computing total")
        return sum(self.values)


d = Data([1, 2, 3])
print("first", d.total, d.computed)
print("second", d.total, d.computed)
print("in dict", d.__dict__["total"])
d.values.append(4)
print("stale", d.total)
del d.total
print("recomputed", d.total, d.computed)
d.total = 100
print("assigned", d.total, d.computed)
other = Data([5])
print("per instance", other.total, d.total)

prop = Data.__dict__["total"]
print("class access", Data.total is prop, type(prop).__name__)
print("attrs", prop.attrname, prop.func.__name__, prop.__doc__)
print("set_name again same", prop.__set_name__(Data, "total"))
try:
    prop.__set_name__(Data, "other")
except TypeError as e:
    print("error rename", e)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def value(self):
        return 1


try:
    Slotted().value
except TypeError as e:
    print("error slots", e)

loose = cached_property(lambda self: 42)
try:
    loose.__get__(Data([]))
except TypeError as e:
    print("error no name", e)
print("none instance", loose.__get__(None, Data) is loose)
loose.__set_name__(Data, "late")
print("after set_name", loose.__get__(Data([])), loose.attrname)


class Raising:
    calls = 0

    @cached_property
    def fragile(self):
        Raising.calls += 1
        raise ValueError("cannot compute")


r = Raising()
for _ in range(2):
    try:
        r.fragile
    except ValueError as e:
        print("error in func", e, Raising.calls)
print("nothing cached", "fragile" in r.__dict__)


class Parent:
    @cached_property
    def name(self):
        return "parent-" + type(self).__name__


class Kid(Parent):
    pass


k = Kid()
print("inherited", k.name, k.__dict__)


class Doc:
    @cached_property
    def nodoc(self):
        return None


print("no doc", Doc.nodoc.__doc__, Doc().nodoc)
print("via getattr", getattr(Data([7]), "total"))
print("hasattr", hasattr(Data([]), "total"))
