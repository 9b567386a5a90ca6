# global_enum: members put in the module namespace, with module.NAME reprs.
import sys
from enum import Enum, IntEnum, IntFlag, StrEnum, global_enum, global_enum_repr, global_str


@global_enum
class Signal(Enum):
    HUP = 1
    INT = 2


print("repr", repr(Signal.HUP), repr(Signal(2)))
print("str", str(Signal.HUP), format(Signal.INT), f"{Signal.INT:>6}|")
print("globals", HUP is Signal.HUP, INT.value, 'HUP' in globals())
print("module", Signal.__module__, [m for m in Signal])


@global_enum
class Code(IntEnum):
    OK = 0
    FAIL = 1


print("int global", repr(OK), str(FAIL), FAIL + 1, f"{OK:03d}")


@global_enum
class Opt(IntFlag):
    VERBOSE = 1
    QUIET = 2
    DEBUG = 8


print("flag global", repr(VERBOSE), repr(VERBOSE | QUIET), repr(Opt(0)), repr(Opt(17)))
print("flag str", str(VERBOSE | DEBUG), str(Opt(0)))


def updated_str(cls):
    return global_enum(cls, update_str=True)


@updated_str
class Color(StrEnum):
    RED = 'r'
    BLUE = 'b'


print("update_str", repr(RED), str(RED), str(BLUE), RED == 'r')
print("helpers", global_enum_repr(Signal.INT), global_str(Signal.INT))


class Plain(Enum):
    X = 1


print("plain", repr(Plain.X), 'X' in globals())
global_enum(Plain)
print("later", repr(Plain.X), X is Plain.X, sys.modules[__name__].X is Plain.X)
