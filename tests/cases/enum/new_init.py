# Members built by __new__/__init__, _value_, data-type mixins and their errors.
from dataclasses import dataclass
from enum import Enum, IntEnum

def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e, '| cause:', repr(e.__cause__))

class Coordinate(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj

    X = (0, 'abscissa')
    Y = (1, 'ordinate')

print("new values", list(Coordinate), Coordinate.Y.label)
print("lookup", Coordinate(1), Coordinate(0).label)
check("lookup tuple", lambda: Coordinate((0, 'abscissa')))
print("new member kept", Coordinate.__new_member__.__name__, Coordinate._use_args_)

class Priority(int, Enum):
    def __new__(cls, value, text):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.text = text
        return obj

    LOW = 1, 'can wait'
    HIGH = 3, 'now'

print("int new", list(Priority), Priority.HIGH + 1, Priority.LOW.text, Priority(3))
print("int new cmp", Priority.LOW < Priority.HIGH, Priority.HIGH == 3)

class Base(Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value * 10
        return obj

class Scaled(Base):
    A = 1
    B = 2

print("inherited new", list(Scaled), Scaled(20))

class Counted(Enum):
    ONE = 1
    TWO = 2

    def __init__(self, value):
        self.double = value * 2
        self.seen = type(self).__name__

print("init", Counted.TWO.double, Counted.ONE.seen)

class MyInt(int):
    def halve(self):
        return self // 2

class Even(MyInt, Enum):
    TWO = 2
    TEN = 10

print("mixin", Even.TEN.halve(), Even._member_type_.__name__, repr(Even.TWO), Even.TEN * 3)

class Greeter:
    def greet(self):
        return 'hello ' + self.name.lower()

class Lang(Greeter, Enum):
    EN = 'en'
    FR = 'fr'

print("plain mixin", Lang.FR.greet(), Lang._member_type_.__name__)

@dataclass
class Point:
    x: int
    y: int = 0

class Corner(Point, Enum):
    ORIGIN = 0, 0
    UNIT = 1, 1

print("dataclass", repr(Corner.UNIT), Corner.UNIT.x, Corner.ORIGIN.value)

def no_value():
    class Bad(int, Enum):
        A = 'x', 'y', 'z'

        def __new__(cls, *args):
            return int.__new__(cls, 1)

check("value not set", no_value)

def failing_init():
    class Bad(Enum):
        A = 1

        def __init__(self, value):
            raise ValueError('cannot make %r' % value)

check("failing init", failing_init)

class Tup(tuple, Enum):
    PAIR = (1, 2)
    TRIPLE = (3, 4, 5)

print("tuple mixin", Tup.PAIR.value, len(Tup.TRIPLE), Tup.PAIR[1], Tup((1, 2)))
print("int base parse", IntEnum('Hex', [('FF', ('ff', 16))]).FF.value)
