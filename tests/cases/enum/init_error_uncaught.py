# An exception from a member's __init__ while the class is built, left uncaught: the
# original error (not a RuntimeError about __set_name__) ends the program.
from enum import Enum


class Good(Enum):
    A = 1, 'one'
    B = 2, 'two'

    def __init__(self, number, word):
        self.word = word


print("good", [(m.name, m.value, m.word) for m in Good])
try:
    class Bad(Enum):
        A = 1
        B = -2

        def __init__(self, value):
            if value < 0:
                raise ValueError('negative member value %d' % value)
except ValueError as e:
    print("caught", type(e).__name__, e, type(e.__context__).__name__)
print("defining Worse")


class Worse(Enum):
    OK = 'ok'
    BROKEN = 'broken'

    def __init__(self, value):
        if value == 'broken':
            raise LookupError('member %s cannot be built' % value)


print("not reached")
