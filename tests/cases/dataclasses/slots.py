# dataclasses: slots=True (a new class with __slots__), weakref_slot, slot errors.
from dataclasses import dataclass, field, fields
import weakref


@dataclass(slots=True)
class Vec:
    x: float
    y: float = 0.0
    history: list = field(default_factory=list)
    scale: int = field(default=1, init=False)


v = Vec(1.0)
print("vec", v, v.scale)
print("slots", Vec.__slots__)
print("no dict", hasattr(v, "__dict__"))
print("qualname", Vec.__qualname__, Vec.__name__)
print("fields", [f.name for f in fields(Vec)])
print("class attr defaults removed", Vec.__dict__.get("y") != 0.0)
v.x = 5.0
print("assign field", v)
try:
    v.z = 1
except AttributeError as e:
    print("no new attrs:", type(e).__name__)
print("eq", Vec(1.0) == Vec(1.0), Vec(1.0) == Vec(2.0))


@dataclass(slots=True, frozen=True)
class Key:
    a: int
    b: str = "b"


k = Key(1)
print("frozen slots", k, hash(k) == hash((1, "b")), k.__getstate__())
try:
    k.a = 2
except AttributeError as e:
    print("frozen:", type(e).__name__, e)
k2 = Key.__new__(Key)
k2.__setstate__([5, "z"])
print("setstate", k2)


@dataclass(slots=True)
class Base:
    a: int


@dataclass(slots=True)
class Derived(Base):
    b: int = 0


print("derived slots", Derived.__slots__, Derived(1, 2))


@dataclass(slots=True, weakref_slot=True)
class Referable:
    n: int


r = Referable(3)
ref = weakref.ref(r)
print("weakref slot", Referable.__slots__, ref() is r)

try:
    @dataclass(weakref_slot=True)
    class NoSlots:
        n: int
except TypeError as e:
    print("error:", e)

try:
    @dataclass(slots=True)
    class HasSlots:
        __slots__ = ("n",)
        n: int
except TypeError as e:
    print("error:", e)


class Manual:
    __slots__ = ("m",)
    m: int


@dataclass
class FromSlotted(Manual):
    m: int
    extra: int = 0


print("slot member is not a default", FromSlotted(1), FromSlotted.__doc__)
