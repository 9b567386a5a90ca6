# @unique and @verify(UNIQUE / CONTINUOUS / NAMED_FLAGS), EnumCheck, show_flag_values.
import enum
from enum import Enum, Flag, IntFlag, IntEnum, unique, verify, UNIQUE, CONTINUOUS, NAMED_FLAGS, EnumCheck


def check(label, f):
    try:
        r = f()
        print(label, 'ok' if isinstance(r, type) else repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


def make(base, decorator, **members):
    def build():
        cls = base('Check', list(members.items()))
        return decorator(cls)
    return build


check("unique ok", make(Enum, unique, A=1, B=2))
check("unique dup", make(Enum, unique, A=1, B=2, C=1, D=2, E=3))
check("unique triple", make(Enum, unique, A=1, B=1, C=1))
check("unique flag alias", make(Flag, unique, A=1, B=2, AB=3))
check("unique not enum", lambda: unique(5))

check("verify unique ok", make(Enum, verify(UNIQUE), A=1, B=2))
check("verify unique", make(Enum, verify(UNIQUE), A=1, B=1, C=2, D=2))
check("continuous ok", make(Enum, verify(CONTINUOUS), A=1, B=2, C=3))
check("continuous gap", make(Enum, verify(CONTINUOUS), A=1, B=2, C=5))
check("continuous unordered", make(Enum, verify(CONTINUOUS), A=5, B=7, C=2))
check("continuous strings", make(Enum, verify(CONTINUOUS), A='a'))
check("continuous single", make(Enum, verify(CONTINUOUS), A=3))
check("continuous long", make(Enum, verify(CONTINUOUS), A=1, B=300))
check("continuous flag ok", make(Flag, verify(CONTINUOUS), A=1, B=2, C=4))
check("continuous flag", make(IntFlag, verify(CONTINUOUS), A=1, C=8))
check("continuous intenum", make(IntEnum, verify(CONTINUOUS), A=10, B=13))
check("named flags ok", make(Flag, verify(NAMED_FLAGS), A=1, B=2, AB=3))
check("named flags one", make(Flag, verify(NAMED_FLAGS), A=1, AD=9))
check("named flags alias", make(Flag, verify(NAMED_FLAGS), A=1, ABC=7))
check("named flags two", make(Flag, verify(NAMED_FLAGS), A=1, B=2, ABC=7, X=24))
check("named flags three", make(Flag, verify(NAMED_FLAGS), A=1, X=24, Y=48, Z=64))
check("named flags enum", make(Enum, verify(NAMED_FLAGS), A=1, AB=3))
check("several checks", make(Enum, verify(UNIQUE, CONTINUOUS), A=1, B=3))
check("several first fails", make(Enum, verify(CONTINUOUS, UNIQUE), A=1, B=3, C=1))
check("verify not enum", lambda: verify(UNIQUE)(int))


@verify(UNIQUE, CONTINUOUS)
class Weekday(IntEnum):
    MON = 1
    TUE = 2
    WED = 3


print("decorated", list(Weekday))


@unique
class Single(Enum):
    ONLY = 'x'


print("unique class", list(Single), Single.ONLY.value)
print("checks", list(EnumCheck))
print("check values", [str(c) for c in EnumCheck], UNIQUE == 'one name per value')
print("check repr", repr(CONTINUOUS), repr(NAMED_FLAGS))
print("show", enum.show_flag_values(13), enum.show_flag_values(0), enum.show_flag_values(256))
print("verify obj", type(verify(UNIQUE)).__name__, verify(UNIQUE, CONTINUOUS).checks)
