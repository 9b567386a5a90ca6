# NamedTuple written as a class: fields, defaults, methods, the namedtuple API, errors.
from typing import Generic, List, NamedTuple, Optional, TypeVar


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def pair(self):
        return (self.x, self.y)


p = Point(3, -4)
print("repr", p, Point(1, 2, "a"))
print("fields", Point._fields, Point._field_defaults)
print("annotations", Point.__annotations__)
print("new defaults", Point.__new__.__defaults__)
print("doc", Point.__doc__)
print("method", p.norm(), p.pair)
print("access", p.x, p[1], p.label, len(p), tuple(p))
print("asdict", p._asdict())
print("replace", p._replace(label="b"))
print("make", Point._make([5, 6, "c"]))
print("keywords", Point(y=1, x=2))
print("tuple", isinstance(p, tuple), Point.__mro__, Point.__bases__)
print("orig_bases", [b.__name__ for b in Point.__orig_bases__])
print("eq", Point(1) == (1, 0, None), Point(1) == Point(1, 0))
print("module", Point.__module__, Point.__name__, Point.__qualname__)
print("hash equal", hash(Point(1, 2)) == hash((1, 2, None)))
x, y, label = Point(7, 8)
print("unpack", x, y, label)


class Point3(Point):
    def describe(self):
        return f"{self.x}/{self.y}"


print("subclass", Point3(1, 2), Point3(1, 2).describe(), Point3._fields)

T = TypeVar("T")


class Tagged(NamedTuple, Generic[T]):
    value: T
    tags: List[str] = []


print("generic", Tagged(1), Tagged[int], Tagged.__parameters__, Tagged[int](2).value)
print("generic mro", Tagged.__mro__)


def check(label, make):
    try:
        print(label, "ok:", make())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)


check("missing", lambda: Point())
check("too many", lambda: Point(1, 2, 3, 4))
check("unknown kw", lambda: Point(1, z=3))
check("replace unknown", lambda: p._replace(z=1))
check("make short", lambda: Point._make([1]))
for label, body in (
        ("default order", "class Bad(NamedTuple):\n    a: int = 1\n    b: int"),
        ("two defaults", "class Bad(NamedTuple):\n    a: int = 1\n    c: int = 2\n    b: int"),
        ("underscore", "class Bad(NamedTuple):\n    _a: int"),
        ("overwrite", "class Bad(NamedTuple):\n    a: int\n    def _asdict(self): pass"),
        ("bad base", "class Bad(NamedTuple, int):\n    a: int"),
        ("bad annotation", "class Bad(NamedTuple):\n    a: (int, str)")):
    try:
        exec(body, globals())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)
