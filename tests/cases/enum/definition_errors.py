# Errors CPython raises while an enumeration class is being defined.
from enum import Enum, Flag, IntEnum, ReprEnum, auto, member, nonmember

def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

def duplicate():
    class E(Enum):
        A = 1
        A = 2

def member_then_method():
    class E(Enum):
        A = 1

        def A(self):
            pass

def sunder():
    class E(Enum):
        _bogus_ = 1

def reserved_value():
    class E(Enum):
        _value_ = 1

def mro_name():
    class E(Enum):
        mro = 1

def order_mismatch():
    class E(Enum):
        _order_ = 'B A'
        A = 1
        B = 2

def order_ok():
    class E(Enum):
        _order_ = 'A, B'
        A = 1
        B = 2
        C = 1
    return list(E)

def ignore_clash():
    class E(Enum):
        x = 1
        _ignore_ = 'x'

def ignored():
    class E(Enum):
        _ignore_ = ['tmp', 'i']
        A = 1
        for i in range(2):
            tmp = i
    return list(E), hasattr(E, 'tmp'), hasattr(E, 'i')

class Color(Enum):
    RED = 1

def extend():
    class More(Color):
        PINK = 2

def extend_functional():
    return Color('More', 'PINK')

def bad_base_order():
    class E(Enum, int):
        A = 1

def repr_enum_plain():
    class R(ReprEnum):
        A = 1

def int_value():
    class E(IntEnum):
        A = 'x'

def private_and_wrappers():
    class E(Enum):
        A = 1
        __secret = 2
        CONST = nonmember(3)
        _hidden = 4

        @member
        def func(x):
            return x * 2
    return ([m.name for m in E], E._E__secret, E.CONST, E._hidden, E.func.value(21))

for name, fn in [('duplicate', duplicate), ('member then method', member_then_method),
                 ('sunder', sunder), ('reserved value', reserved_value), ('mro', mro_name),
                 ('order mismatch', order_mismatch), ('order ok', order_ok),
                 ('ignore clash', ignore_clash), ('ignored', ignored), ('extend', extend),
                 ('extend functional', extend_functional), ('base order', bad_base_order),
                 ('repr enum', repr_enum_plain), ('int value', int_value),
                 ('wrappers', private_and_wrappers)]:
    check(name, fn)

check("invalid names", lambda: Enum('X', ['mro', '']))
check("sunder functional", lambda: Enum('X', ['_x_']))

class Base(Enum):
    def describe(self):
        return '%s=%r' % (self.name, self.value)

class Child(Base):
    A = 1
    B = auto()

print("inherit methods", [m.describe() for m in Child])
check("extend child", lambda: Child('Grand', 'C'))
