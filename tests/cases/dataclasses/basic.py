# dataclasses: generated __init__/__repr__/__eq__, defaults, factories, fields(), __doc__.
from dataclasses import dataclass, field, fields, is_dataclass, MISSING


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Point(1)
print("repr", p)
print("repr full", Point(1, 2, ["a"]))
print("kwargs", Point(y=5, x=3))
print("eq", Point(1) == Point(1), Point(1) == Point(2), Point(1) != Point(1, 1))
print("eq other type", Point(1) == (1, 0, []), Point(1).__eq__(5))
print("factory fresh", Point(1).tags is not Point(1).tags)
print("doc", Point.__doc__)
print("match_args", Point.__match_args__)
print("hash is None", Point.__hash__ is None)
try:
    hash(p)
except TypeError as e:
    print("unhashable:", e)
print("class default", Point.y, "tags" in Point.__dict__)
print("names", [f.name for f in fields(Point)])
print("types", [f.type.__name__ for f in fields(p)])
f = fields(Point)[2]
print("field attrs", f.default is MISSING, f.default_factory is list, f.init, f.repr,
      f.hash, f.compare, f.kw_only)
print("metadata empty", len(f.metadata), dict(f.metadata))
print("is_dataclass", is_dataclass(Point), is_dataclass(p), is_dataclass(3), is_dataclass(int))
print("method names", Point.__init__.__name__, Point.__repr__.__qualname__, Point.__eq__.__qualname__)


@dataclass()
class Options:
    """Explicit docstring."""
    name: str = "x"
    verbose: bool = False
    level: float = field(default=1.5, repr=False)
    secret: str = field(default="hidden", compare=False)


o = Options()
print("options", o, o.level)
print("compare=False", Options(secret="a") == Options(secret="b"))
print("explicit doc kept", Options.__doc__)
o.name = "changed"
print("mutable", o)


@dataclass
class Empty:
    pass


print("empty", Empty(), Empty() == Empty(), Empty.__doc__, Empty.__match_args__)


@dataclass(init=False, repr=False, eq=False)
class Bare:
    a: int = 3


b = Bare()
print("no init", b.a, repr(b).startswith("<"), b == Bare(), Bare.__doc__)
print("fields still", [(f.name, f.default) for f in fields(Bare)])


@dataclass
class WithMeta:
    a: int = field(default=1, metadata={"unit": "cm", "min": 0})
    b: str = field(default="z", init=False)


fm = fields(WithMeta)[0].metadata
print("metadata", fm["unit"], fm["min"], len(fm), sorted(fm))
try:
    fm["unit"] = "m"
except TypeError as e:
    print("metadata read-only:", type(e).__name__)
w = WithMeta(7)
print("init=False", w, WithMeta.__match_args__, WithMeta.__doc__)


class Outer:
    @dataclass
    class Inner:
        v: int


print("nested qualname repr", Outer.Inner(4))
print("init qualname", Outer.Inner.__init__.__qualname__)
