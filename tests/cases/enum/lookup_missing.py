# enum lookups through _missing_, unhashable values, and the errors CPython chains.
from enum import Enum, StrEnum


def check(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        ctx = e.__context__
        print(label, type(e).__name__, e, '| context:', type(ctx).__name__ if ctx else None, ctx,
              '| cause:', repr(e.__cause__))


class Answer(Enum):
    YES = 1
    NO = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            if value.lower() in ('y', 'yes'):
                return cls.YES
            if value.lower() in ('n', 'no'):
                return cls.NO
            if value == 'boom':
                raise KeyError(value)
            if value == 'bad':
                raise ValueError('bad answer')
            if value == 'int':
                return 7
        return None


check("direct", lambda: Answer(1))
check("missing y", lambda: Answer('Y'))
check("missing no", lambda: Answer('no'))
check("missing none", lambda: Answer(3))
check("missing raises KeyError", lambda: Answer('boom'))
check("missing raises ValueError", lambda: Answer('bad'))
check("missing wrong type", lambda: Answer('int'))
check("missing default", lambda: Enum._missing_(5))


class Shape(StrEnum):
    CIRCLE = 'circle'
    SQUARE = 'square'

    @classmethod
    def _missing_(cls, value):
        for m in cls:
            if m.value == str(value).lower():
                return m


check("str missing", lambda: Shape('CIRCLE'))
check("str missing none", lambda: Shape('hexagon'))


class Lists(Enum):
    A = [1, 2]
    B = [3]
    C = [1, 2]          # equal to A: an alias
    D = {'k': 1}


check("unhashable iter", lambda: list(Lists))
check("unhashable alias", lambda: Lists.C is Lists.A)
check("unhashable lookup", lambda: Lists([3]))
check("unhashable dict", lambda: Lists({'k': 1}))
check("unhashable miss", lambda: Lists([9]))
check("unhashable values", lambda: Lists._unhashable_values_)
check("value map", lambda: Lists._value2member_map_)
check("members", lambda: list(Lists.__members__))


class Mixed(Enum):
    ONE = 1
    FLOAT = 2.5
    TEXT = 'one'
    NONE = None
    TUPLE = (1, 2)


check("float key", lambda: Mixed(1.0))
check("true key", lambda: Mixed(True))
check("none", lambda: Mixed(None))
check("tuple", lambda: Mixed((1, 2)))
check("tuple value", lambda: Mixed.TUPLE.value)
check("text", lambda: Mixed('one'))
check("names", lambda: [m.name for m in Mixed])
check("value map keys", lambda: list(Mixed._value2member_map_))
