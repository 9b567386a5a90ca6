# dataclasses: fields inherited from dataclass bases, overriding, __post_init__ chains.
from dataclasses import dataclass, field, fields


@dataclass
class Animal:
    name: str
    legs: int = 4
    sounds: list = field(default_factory=list)

    def speak(self):
        return f"{self.name} says {' '.join(self.sounds) or '...'}"


@dataclass
class Bird(Animal):
    legs: int = 2
    can_fly: bool = True


b = Bird("tweety", sounds=["tweet"])
print("bird", b)
print("field order", [f.name for f in fields(Bird)])
print("defaults", [(f.name, f.default) for f in fields(Bird) if f.name not in ("name", "sounds")])
print("method", b.speak())
print("doc", Bird.__doc__)
print("match_args", Bird.__match_args__)
print("base eq other", Animal("a") == Bird("a"), Bird("a") == Bird("a"))


class Mixin:
    def describe(self):
        return type(self).__name__ + "!"


@dataclass
class Penguin(Mixin, Bird):
    can_fly: bool = False
    habitat: str = "ice"


pg = Penguin("pingu")
print("penguin", pg, pg.describe())
print("penguin fields", [f.name for f in fields(pg)])


@dataclass
class Base:
    x: int

    def __post_init__(self):
        print("  Base.__post_init__", self.x)
        self.log = ["base"]


@dataclass
class Derived(Base):
    y: int = 0

    def __post_init__(self):
        super().__post_init__()
        print("  Derived.__post_init__", self.y)
        self.log.append("derived")


d = Derived(1, 2)
print("derived", d, d.log)


@dataclass
class Inherits(Base):
    z: str = "z"


print("inherited post_init", Inherits(5).log)


class NotDC:
    q: int = 5


@dataclass
class FromPlain(NotDC):
    r: int = 1


print("plain base annotations ignored", FromPlain(), [f.name for f in fields(FromPlain)])


@dataclass
class KeepsInit:
    a: int

    def __init__(self, value):
        self.a = value * 10


print("custom __init__ kept", KeepsInit(3))
print("custom init doc", KeepsInit.__doc__)


@dataclass
class KeepsRepr:
    a: int

    def __repr__(self):
        return "custom"


print("custom repr kept", repr(KeepsRepr(1)), KeepsRepr(1) == KeepsRepr(1))


@dataclass
class ReDefault(Animal):
    name: str = "anon"


print("all defaults now", ReDefault(), ReDefault.__doc__)
try:
    @dataclass
    class NeedsDefault(Animal):
        extra: int
except TypeError as e:
    print("error:", e)
