# The enumeration class itself: its repr/str/format, missing attributes, and members that
# cannot be reassigned or deleted (EnumType's __repr__, __getattr__, __setattr__, __delattr__).
from enum import Enum, Flag, IntEnum


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2


class Perm(Flag):
    R = 1
    W = 2


print("repr", repr(Color), repr(Perm), repr(IntEnum), repr(Enum), repr(Flag))
print("str", str(Color), f"{Perm}", [Color, Perm])
print("objclass", Color.RED.__objclass__)
print("mro", Color.__mro__, type(Color))
check("missing", lambda: Color.PINK)
check("missing dunder", lambda: Color.__missing_thing__)
check("getattr default", lambda: getattr(Color, 'PINK', 'default'))
check("reduce", lambda: Color.RED.__reduce_ex__(2))


def reassign():
    Color.RED = 5


def delete():
    del Color.GREEN


def new_attr():
    Color.BLUE = 3
    return Color.BLUE, list(Color)


check("reassign", reassign)
check("delete", delete)
check("new attribute", new_attr)
print("unchanged", list(Color), Color.RED.value, Color.GREEN.value)
check("delete new", lambda: delattr(Color, 'BLUE') or hasattr(Color, 'BLUE'))
