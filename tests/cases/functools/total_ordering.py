# functools.total_ordering: each possible root, NotImplemented, and the generated methods.
from functools import total_ordering


def make(root):
    ns = {"__init__": lambda self, v: setattr(self, "v", v),
          "__eq__": lambda self, o: isinstance(o, type(self)) and self.v == o.v,
          "__repr__": lambda self: "%s(%r)" % (type(self).__name__, self.v)}
    if root == "__lt__":
        ns[root] = lambda self, o: self.v < o.v if isinstance(o, type(self)) else NotImplemented
    elif root == "__le__":
        ns[root] = lambda self, o: self.v <= o.v if isinstance(o, type(self)) else NotImplemented
    elif root == "__gt__":
        ns[root] = lambda self, o: self.v > o.v if isinstance(o, type(self)) else NotImplemented
    else:
        ns[root] = lambda self, o: self.v >= o.v if isinstance(o, type(self)) else NotImplemented
    return total_ordering(type("By" + root.strip("_"), (), ns))


for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    cls = make(root)
    a, b, c = cls(1), cls(2), cls(2)
    print(cls.__name__, a < b, a <= b, a > b, a >= b, b < c, b <= c, b > c, b >= c)
    print("  sorted", sorted([cls(3), cls(1), cls(2)]), max(cls(5), cls(9)))
    print("  derived", [name for name in ("__lt__", "__le__", "__gt__", "__ge__") if name != root
                        and getattr(cls, name).__qualname__.startswith("_")])
    try:
        a < 5
    except TypeError as e:
        print("  mixed", e)
    try:
        a >= "x"
    except TypeError as e:
        print("  mixed", e)


@total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts


v1, v2 = Version(1, 2), Version(1, 10)
print("version", v1 < v2, v1 > v2, v1 <= v1, v2 >= v1)
print("doc", Version.__gt__.__doc__)
print("names", Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
print("qualnames", Version.__gt__.__qualname__, Version.__le__.__qualname__)
print("own kept", Version.__lt__.__qualname__)
print("direct call", Version.__ge__(v1, v2), Version.__gt__(v2, v1))


@total_ordering
class Both:
    def __init__(self, v):
        self.v = v

    def __gt__(self, other):
        return self.v > other.v

    def __le__(self, other):
        print("  own __le__")
        return self.v <= other.v


print("two roots", Both(1) <= Both(2), Both(3) < Both(1), Both(1) >= Both(1))
print("root choice", Both.__lt__.__qualname__, Both.__ge__.__qualname__)


class Base:
    def __lt__(self, other):
        return True


@total_ordering
class Derived(Base):
    pass


print("inherited root", Derived() > Derived(), Derived.__gt__.__qualname__)


@total_ordering
class WithInt(int):
    pass


print("int subclass", WithInt(3) > WithInt(2), WithInt.__gt__ is int.__gt__)

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("error", e)
try:
    total_ordering(object)
except ValueError as e:
    print("error object", e)
