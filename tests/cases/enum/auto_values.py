# auto() and _generate_next_value_: the default, StrEnum's, Flag's and a custom one.
import warnings
from enum import Enum, Flag, StrEnum, IntEnum, auto


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Ordinal(Enum):
    FIRST = auto()
    SECOND = auto()
    TENTH = 10
    ELEVENTH = auto()
    ALSO_FIRST = FIRST      # the same auto: an alias
    TWELFTH = auto()


print("ordinal", list(Ordinal))
print("alias", list(Ordinal.__members__.items())[4])
print("auto repr", repr(auto()), repr(auto(5)))


class Pinned(IntEnum):
    A = auto(7)
    B = auto()


print("pinned", list(Pinned), Pinned.B + 0)


class Shade(StrEnum):
    Dark = auto()
    LIGHT = auto()
    Mid_Tone = auto()


print("strenum auto", list(Shade), [str(s) for s in Shade])


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RWX = R | W | X


print("flag auto", list(Perm), Perm.RWX)


class Weird(Flag):
    NONE = 0
    A = auto()
    B = 8
    C = auto()


print("flag auto after 8", [(m.name, m.value) for m in Weird.__members__.values()])


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return (name.lower(), start, count, list(last_values))

    NORTH = auto()
    SOUTH = 'S'
    EAST = auto()


for m in Named:
    print("custom", m.name, m.value)


class Pair(Enum):
    A = auto(), 'x'
    B = 'y', auto()


print("tuple auto", [m.value for m in Pair])


def late():
    class Late(Enum):
        A = auto()

        def _generate_next_value_(name, start, count, last_values):
            return name


check("late gnv", late)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')

    class Unsorted(Enum):
        A = 5
        B = 2
        C = auto()

    class Text(Enum):
        A = 'a'
        B = auto()

print("unsorted", [m.value for m in Unsorted], [m.value for m in Text])
for w in caught:
    print("warning", w.category.__name__, str(w.message).splitlines()[0])

check("gnv default", lambda: Enum._generate_next_value_('x', 1, 2, [4, 9]))
check("gnv empty", lambda: Enum._generate_next_value_('x', 5, 0, []))
check("gnv flag", lambda: Flag._generate_next_value_('x', 1, 2, [1, 16]))
check("gnv flag first", lambda: Flag._generate_next_value_('x', 1, 0, []))
check("gnv flag bad", lambda: Flag._generate_next_value_('x', 1, 1, ['a']))
check("gnv str", lambda: StrEnum._generate_next_value_('MiXed', 1, 0, []))
check("functional start", lambda: list(Enum('Count', 'ONE TWO', start=0)))
