# IntFlag: int arithmetic, KEEP boundary, str() is the int (3.11), composite reprs.
from enum import IntFlag, Flag, auto


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print("repr", repr(rw), "str", str(rw), "format", format(rw), f"{rw:03b}", f"{Perm.X:>3}")
print("int ops", Perm.R + 1, Perm.R * 2, Perm.R << 1, -Perm.R, type(Perm.R + 1).__name__)
print("flag ops", repr(Perm.R | 1), repr(1 | Perm.R), repr(Perm.R & 6), repr(6 & Perm.W), repr(Perm.R ^ 4))
print("extra bits", repr(Perm.R | 8), repr(Perm(8)), repr(Perm(13)), str(Perm(13)), Perm(13).name)
print("invert", repr(~Perm.R), repr(~Perm(0)), repr(~Perm(8)), repr(~Perm(13)), repr(~rw))
print("negative", repr(Perm(-1)), repr(Perm(-8)), repr(Perm(-9)))
print("compare", Perm.R == 4, Perm.R > Perm.W, rw == 6, Perm.X < 2)
print("iter", list(Perm(13)), list(rw), len(Perm(13)), list(Perm(8)))
print("in", Perm.R in rw, Perm.X in rw)
print("bool", bool(Perm(0)), bool(Perm.X), repr(Perm(0)), str(Perm(0)))
print("isinstance", isinstance(Perm.R, int), isinstance(rw, Perm), isinstance(rw, Flag))
print("hash", hash(Perm.W) == hash(2))
check("int in", lambda: 4 in rw)
check("float or", lambda: Perm.R | 1.5)
check("str value", lambda: Perm('a'))
check("lookup", lambda: (Perm(6), Perm['W']))


class Auto(IntFlag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B


print("auto", list(Auto), list(Auto.__members__), repr(Auto(7)), repr(Auto.AB))
print("members names", Auto._member_names_, [int(m) for m in Auto])


class Mode(IntFlag):
    EXEC = 1
    READ = 4
    _numeric_repr_ = hex


print("numeric repr", repr(Mode(21)), str(Mode(21)), repr(Mode(16)))


class Custom(IntFlag):
    ONE = 1
    TWO = 2

    def __str__(self):
        return 'custom:' + (self.name or '?')


print("own str", str(Custom.ONE), str(Custom(3)), repr(Custom(3)), str(Custom(4)))
