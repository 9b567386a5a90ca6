# dataclasses: replace() and make_dataclass().
from dataclasses import dataclass, field, fields, replace, make_dataclass, is_dataclass


@dataclass(frozen=True)
class Settings:
    width: int
    height: int = 10
    title: str = "untitled"
    cache: dict = field(default_factory=dict, repr=False)


s = Settings(5)
s2 = replace(s, height=20, title="new")
print("replace", s, s2, s2 is not s)
print("replace none", replace(s) == s, replace(s) is not s)
print("factory shared", replace(s).cache is s.cache)
try:
    replace(s, depth=3)
except TypeError as e:
    print("unknown field:", e)
try:
    replace(Settings)
except TypeError as e:
    print("class:", e)
try:
    replace(3, x=1)
except TypeError as e:
    print("non-dataclass:", e)


@dataclass
class Counter:
    start: int
    count: int = field(init=False, default=0)

    def __post_init__(self):
        self.count = self.start * 2


c = Counter(3)
c.count = 100
print("replace reruns post_init", replace(c, start=4), replace(c))
try:
    replace(c, count=1)
except ValueError as e:
    print("init=False:", e)

Point = make_dataclass("Point", ["label", ("x", int), ("y", int, field(default=0))],
                       namespace={"norm1": lambda self: abs(self.x) + abs(self.y)})
print("made", Point("p", 3, -4), Point("p", 3, -4).norm1())
print("made doc", Point.__doc__)
print("made module", Point.__module__, Point.__qualname__)
print("made fields", [(f.name, f.type) for f in fields(Point)])
print("made dataclass", is_dataclass(Point))
try:
    Point(1)
except TypeError as e:
    print("made error:", e)

Frozen = make_dataclass("Frozen", ["a", "b"], frozen=True, order=True)
print("made frozen", sorted([Frozen(2, 1), Frozen(1, 5)]), hash(Frozen(1, 2)) == hash((1, 2)))

Based = make_dataclass("Based", [("extra", str, field(default="e"))], bases=(Settings,),
                       frozen=True)
print("made with base", Based(1), [f.name for f in fields(Based)])

KwMade = make_dataclass("KwMade", [("a", int), ("b", int)], kw_only=True)
print("made kw_only", KwMade(b=1, a=2), KwMade.__doc__)

for bad_fields in [[("a",)], ["not valid"], ["class"], ["a", ("a", int)],
                   [("a", int, 0, "extra")], [("1x", int)]]:
    try:
        make_dataclass("Bad", bad_fields)
    except TypeError as e:
        print("make error:", e)
