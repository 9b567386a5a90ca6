# __slots__ across inheritance: layouts, added dicts, shadowed slots, multiple inheritance.

class Base:
    __slots__ = ("a",)
    def __init__(self):
        self.a = "base a"

class NoSlots(Base):
    pass

class MoreSlots(Base):
    __slots__ = ("b",)
    def __init__(self):
        super().__init__()
        self.b = "more b"

class Redeclare(Base):
    __slots__ = ("a",)

ns = NoSlots()
ns.free = 1
print("subclass without slots gets dict:", ns.a, ns.__dict__)
ms = MoreSlots()
print("extended:", ms.a, ms.b, MoreSlots.__slots__)
try:
    ms.c = 1
except AttributeError as e:
    print(type(e).__name__, e)
print("inherited descriptor:", repr(MoreSlots.a), "a" in MoreSlots.__dict__)

r = Redeclare()
r.a = "sub a"
print("redeclared:", repr(Redeclare.a), r.a)
Base.a.__set__(r, "base slot")
print("both slots exist:", r.a, Base.a.__get__(r))

# Slots mixed with properties of the same name in a subclass.
class Prop(Base):
    __slots__ = ()
    @property
    def a(self):
        return "property hides slot"
pp = Prop.__new__(Prop)
Base.a.__set__(pp, "slot value")
print("property over slot:", pp.a, Base.a.__get__(pp))

# Multiple inheritance: only one base may have nonempty slots.
class Left:
    __slots__ = ("l",)
class Right:
    __slots__ = ("r",)
class EmptyA:
    __slots__ = ()
class EmptyB:
    __slots__ = ()
try:
    class Both(Left, Right):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Fine(Left, EmptyA, EmptyB):
    __slots__ = ("f",)
fi = Fine()
fi.l, fi.f = 1, 2
print("fine:", fi.l, fi.f, [c.__name__ for c in Fine.__mro__])
class WithPlain(Left, NoSlots.__base__.__base__):
    pass
print("with object base:", [c.__name__ for c in WithPlain.__mro__])
class DictMix:
    pass
class Mixed(Left, DictMix):
    pass
m = Mixed()
m.l, m.x = 1, 2
print("mixed has dict:", m.l, m.__dict__)

# Subclass adding __dict__ or __weakref__ later.
class AddDict(Base):
    __slots__ = ("__dict__",)
ad = AddDict()
ad.z = 26
print("add dict:", ad.a, ad.__dict__)
try:
    class AddDictAgain(AddDict):
        __slots__ = ("__dict__",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class WeakAgain(NoSlots):
        __slots__ = ("__weakref__",)
except TypeError as e:
    print(type(e).__name__, e)

# isinstance and __class__ still work normally.
print("isinstance:", isinstance(ms, Base), issubclass(Redeclare, Base), type(ms).__name__)

# Slots and class attributes set after class creation.
Base.shared = "class level"
print("class attr on slotted:", ms.shared)
try:
    ms.shared = "instance level"
except AttributeError as e:
    print(type(e).__name__, e)
