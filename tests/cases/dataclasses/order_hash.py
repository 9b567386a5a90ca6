# dataclasses: order=True comparisons and the __hash__ rules (eq, frozen, unsafe_hash).
from dataclasses import dataclass, field


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)


vs = [Version(1, 2), Version(0, 9, "old"), Version(1, 0), Version(1, 2, "dup")]
print("sorted", sorted(vs))
print("lt le gt ge", Version(1) < Version(2), Version(1, 1) <= Version(1, 1),
      Version(2) > Version(1, 5), Version(1) >= Version(1, 1))
print("max", max(vs))
try:
    Version(1) < (1, 0)
except TypeError as e:
    print("mixed:", e)


@dataclass(order=True)
class Other:
    major: int


try:
    Version(1) < Other(1)
except TypeError as e:
    print("other class:", e)

try:
    @dataclass(order=True, eq=False)
    class Bad:
        a: int
except ValueError as e:
    print("error:", e)

try:
    @dataclass(order=True)
    class Custom:
        a: int

        def __lt__(self, other):
            return True
except TypeError as e:
    print("error:", e)


def describe(label, cls):
    h = cls.__dict__.get("__hash__", "inherited")
    if h is None:
        kind = "None"
    elif h == "inherited":
        kind = "inherited"
    else:
        kind = "set"
    print(label, kind)


@dataclass
class EqOnly:
    a: int


@dataclass(eq=False)
class NoEq:
    a: int


@dataclass(frozen=True)
class FrozenEq:
    a: int


@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
    b: list = field(default_factory=list, hash=False)
    c: int = field(default=0, compare=False)
    d: int = field(default=0, compare=False, hash=True)


@dataclass
class Explicit:
    a: int

    def __hash__(self):
        return 7


@dataclass(frozen=True, eq=False)
class FrozenNoEq:
    a: int


describe("eq only", EqOnly)
describe("no eq", NoEq)
describe("frozen eq", FrozenEq)
describe("unsafe", Unsafe)
describe("explicit", Explicit)
describe("frozen no eq", FrozenNoEq)
print("unsafe hash", hash(Unsafe(1, [2], 3, 4)) == hash((1, 4)))
print("explicit hash", hash(Explicit(5)))
print("no eq identity", NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
print("frozen hash", hash(FrozenEq(3)) == hash((3,)))

try:
    @dataclass(unsafe_hash=True)
    class Clash:
        a: int

        def __hash__(self):
            return 1
except TypeError as e:
    print("error:", e)


@dataclass
class Fine:
    a: int
    __hash__ = object.__hash__


print("explicit object hash kept", Fine.__hash__ is object.__hash__)
