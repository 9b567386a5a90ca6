# FlagBoundary: STRICT, CONFORM, EJECT and KEEP; values with bits no member names.
from enum import Flag, IntFlag, FlagBoundary, STRICT, CONFORM, EJECT, KEEP


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


print("boundaries", list(FlagBoundary), STRICT is FlagBoundary.STRICT, str(KEEP), KEEP == 'keep')
print("defaults", Flag._boundary_, IntFlag._boundary_)


class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2


class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2


class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2


class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2


for cls in (Strict, Conform, Eject, Keep):
    name = cls.__name__
    check(name + " 3", lambda: cls(3))
    check(name + " 9", lambda: cls(9))
    check(name + " 8", lambda: cls(8))
    check(name + " -1", lambda: cls(-1))
    check(name + " -5", lambda: cls(-5))
    check(name + " ~A", lambda: ~cls.A)
    check(name + " str 9", lambda: str(cls(9)))
    check(name + " boundary", lambda: cls._boundary_)

print("keep name", Keep(9).name, Keep(8).name, Keep(24).name)
print("keep iter", list(Keep(9)), list(Keep(24)), len(Keep(9)))
print("keep invert", repr(~Keep(8)), repr(~Keep(9)))
print("keep contains", Keep(8) in Keep(9), Keep.A in Keep(9))
print("eject type", type(Eject(9)).__name__, type(Eject(3)).__name__)


class Hex(Flag, boundary=KEEP):
    A = 1
    BC = 6
    _numeric_repr_ = hex


print("alias bits", repr(Hex(7)), Hex(7).name, repr(Hex(3)), repr(Hex(2)), repr(Hex(9)))
print("alias invert", repr(~Hex.A), Hex._singles_mask_, Hex._flag_mask_)


class Wide(Flag, boundary=CONFORM):
    A = 1
    B = 2
    ALL = 15


print("conform alias", list(Wide), repr(Wide(15)), repr(~Wide.A), repr(Wide(4)), repr(Wide(12)))


class Lone(Flag):
    A = 1
    ABC = 7


check("strict unnamed", lambda: Lone(3))
print("strict alias", repr(Lone(7)), repr(Lone(2)), repr(~Lone.A))
