# IntEnum and StrEnum: the data type's str() and format() (3.11), arithmetic, comparisons.
from enum import Enum, IntEnum, StrEnum, auto


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10


print("repr", repr(Level.MID), "str", str(Level.MID), "format", format(Level.MID))
print("fstring", f"{Level.HIGH}|{Level.HIGH:>4}|{Level.HIGH:03d}|{Level.LOW:x}|{Level.MID!s}")
print("percent", "%s %d %r" % (Level.LOW, Level.MID, Level.HIGH))
print("arith", Level.MID + 1, Level.HIGH * 2, Level.HIGH // 3, -Level.LOW, type(Level.MID + 1).__name__)
print("compare", Level.LOW < Level.MID, Level.MID == 5, Level.HIGH > 7, Level.MID <= 5)
print("sorted", sorted([Level.HIGH, 3, Level.LOW, 7]))
print("lookup", Level(5), repr(Level(10)), Level['LOW'])
print("int()", int(Level.HIGH), float(Level.MID), Level.MID.real, Level.HIGH.bit_length())
print("index", [10, 20, 30, 40, 50, 60][Level.MID], range(20)[Level.HIGH])
print("hash", hash(Level.MID) == hash(5), {Level.MID: 1}[Level.MID])
print("isinstance", isinstance(Level.LOW, int), isinstance(Level.LOW, Enum))
print("max", max(Level), min(Level), sum(Level))
check("bad value", lambda: Level(2))
check("str value", lambda: Level('5'))


class Status(IntEnum):
    OK = 200
    NOT_FOUND = 404

    def __str__(self):
        return self.name.lower()


print("own str", str(Status.OK), repr(Status.OK), Status.NOT_FOUND - 4)


class Mode(StrEnum):
    READ = 'r'
    WRITE = 'w'
    Append = auto()


print("str repr", repr(Mode.READ), "str", str(Mode.READ), "format", format(Mode.WRITE))
print("fstring", f"[{Mode.READ}]", f"[{Mode.WRITE:>3}]", f"[{Mode.Append:^8}]")
print("str ops", Mode.READ + 'b', Mode.WRITE.upper(), Mode.Append.value, len(Mode.Append))
print("str compare", Mode.READ == 'r', Mode.READ < Mode.WRITE, 'w' in list(Mode))
print("join", '+'.join(Mode))
print("lookup", repr(Mode('w')), repr(Mode['Append']))
check("bad lookup", lambda: Mode('x'))
print("isinstance", isinstance(Mode.READ, str), Mode._member_type_.__name__)


def not_a_string():
    class Bad(StrEnum):
        A = 1


def bad_encoding():
    class Bad(StrEnum):
        A = 'a', 2


def bad_errors():
    class Bad(StrEnum):
        A = 'a', 'utf-8', 3


def too_many():
    class Bad(StrEnum):
        A = 'a', 'b', 'c', 'd'


def from_bytes():
    class Good(StrEnum):
        A = b'xyz', 'ascii'
    return repr(Good.A)


for name, fn in [('not a string', not_a_string), ('encoding', bad_encoding),
                 ('errors', bad_errors), ('too many', too_many), ('bytes', from_bytes)]:
    check(name, fn)
