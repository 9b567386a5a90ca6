# dataclasses: frozen instances, FrozenInstanceError, hashing, frozen inheritance rules.
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0
    label: str = field(default="", compare=False)


c = Coord(1.5, 2.5, "home")
print("repr", c)
print("hash matches tuple", hash(c) == hash((1.5, 2.5)))
print("set dedup", len({Coord(1.0), Coord(1.0, label="x"), Coord(2.0)}))
print("dict key", {Coord(1.0): "one"}[Coord(1.0)])

for action in ["assign field", "assign new", "delete field", "delete new"]:
    try:
        if action == "assign field":
            c.lat = 9.0
        elif action == "assign new":
            c.extra = 1
        elif action == "delete field":
            del c.lon
        else:
            del c.nothing
    except FrozenInstanceError as e:
        print(action, type(e).__name__, e)
print("unchanged", c)
print("is AttributeError", issubclass(FrozenInstanceError, AttributeError),
      FrozenInstanceError.__mro__[1].__name__)
try:
    c.lat = 0
except AttributeError as e:
    print("caught as AttributeError:", e)


@dataclass(frozen=True)
class WithPost:
    a: int
    doubled: int = field(init=False)

    def __post_init__(self):
        object.__setattr__(self, "doubled", self.a * 2)


print("post_init via object.__setattr__", WithPost(4))


@dataclass(frozen=True)
class Base:
    x: int


@dataclass(frozen=True)
class Child(Base):
    y: int = 1


ch = Child(3)
print("frozen child", ch, hash(ch) == hash((3, 1)))
try:
    ch.y = 5
except FrozenInstanceError as e:
    print("child frozen", e)


class Plain(Base):
    pass


p = Plain(1)
p.extra = "allowed"
try:
    p.x = 2
except FrozenInstanceError as e:
    print("plain subclass field", e)
print("plain subclass extra", p.extra)

try:
    @dataclass
    class Thawed(Base):
        z: int = 0
except TypeError as e:
    print("error:", e)


@dataclass
class Mutable:
    m: int = 0


try:
    @dataclass(frozen=True)
    class Refrozen(Mutable):
        n: int = 0
except TypeError as e:
    print("error:", e)

try:
    @dataclass(frozen=True)
    class CustomSet:
        v: int

        def __setattr__(self, name, value):
            pass
except TypeError as e:
    print("error:", e)
