# format() of enums mixed with int/float/str (Enum.__format__, i.e. str()), and IntEnum /
# IntFlag members as dict and set keys next to plain ints.
from enum import Enum, IntEnum, IntFlag


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Num(int, Enum):
    ONE = 1
    TWO = 2


class Real(float, Enum):
    HALF = 0.5


class Text(str, Enum):
    HI = 'hi'


print("str", str(Num.ONE), str(Real.HALF), str(Text.HI))
print("format", format(Num.ONE), format(Real.HALF), format(Text.HI))
print("fstring", f"[{Num.TWO}]", f"[{Real.HALF:>10}]", f"[{Text.HI:^8}]")
check("int spec", lambda: format(Num.ONE, 'd'))
check("float spec", lambda: format(Real.HALF, '.2f'))
print("values", Num.TWO + 1, Real.HALF * 2, Text.HI + '!')


class Level(IntEnum):
    LOW = 1
    HIGH = 2


class Bits(IntFlag):
    A = 1
    B = 2


print("dict int key", {1: 'one', 2: 'two'}[Level.HIGH])
print("dict get", {1: 'one'}.get(Level.LOW, 'missing'), {2: 'b'}.get(Bits.B, 'missing'))
print("set", Level.LOW in {1, 5}, Bits.A | Bits.B in {3}, 2 in {Level.HIGH})
print("dict enum key", {Level.LOW: 'low'}[1], {Bits.A: 'a'}.get(1))
print("mixed keys", sorted({1: 'x', Level.LOW: 'y', Num.ONE: 'z'}.items()))


class Own(IntEnum):
    ONE = 1

    def __str__(self):
        return 'own'


print("own str", str(Own.ONE), format(Own.ONE), f"{Own.ONE}", f"{Own.ONE:>3}")
