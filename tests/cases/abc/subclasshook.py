# __subclasshook__: True, False and NotImplemented answers, caching, and a wrong answer.
from abc import ABC, ABCMeta

calls = []


class Quacks(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        calls.append(C.__name__)
        if cls is not Quacks:
            return NotImplemented
        if any("quack" in k.__dict__ for k in C.__mro__):
            return True
        return NotImplemented


class Duck:
    def quack(self):
        return "quack"


class Robot:
    pass


print("Duck", issubclass(Duck, Quacks), isinstance(Duck(), Quacks))
print("Robot", issubclass(Robot, Quacks), isinstance(Robot(), Quacks))
print("calls", calls)
calls.clear()
print("again", issubclass(Duck, Quacks), issubclass(Robot, Quacks), calls)


class Loud(Quacks):
    pass


print("Loud sees hook", issubclass(Duck, Loud), calls)


# A hook answering False beats the registry and real inheritance.
class Never(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class Sub(Never):
    pass


Never.register(int)
print("Never", issubclass(Sub, Never), issubclass(int, Never), isinstance(Sub(), Never))
print("Sub itself", issubclass(Sub, Sub))


# The hook sees only classes; a NotImplemented answer falls back to the normal rules.
class Maybe(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return NotImplemented


class MaybeKid(Maybe):
    pass


print("Maybe", issubclass(MaybeKid, Maybe), issubclass(int, Maybe))


# Any other answer is an error.
class Broken(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


for probe in (int, str):
    try:
        issubclass(probe, Broken)
    except AssertionError as e:
        print("Broken", probe.__name__, type(e).__name__, e)

try:
    isinstance(3, Broken)
except AssertionError as e:
    print("Broken isinstance", e)


# __instancecheck__ uses __class__ too.
class Sneaky:
    @property
    def __class__(self):
        return Duck


print("Sneaky", isinstance(Sneaky(), Quacks), isinstance(Sneaky(), Duck))
print("direct calls", Quacks.__subclasscheck__(Duck), Quacks.__instancecheck__(Robot()))
