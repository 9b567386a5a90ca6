# abstractmethod and friends, update_abstractmethods, ABCMeta used directly.
import abc
from abc import ABC, ABCMeta, abstractmethod, update_abstractmethods


def f(self):
    return "f"


g = abstractmethod(f)
print("same function", g is f, f.__isabstractmethod__)
try:
    abstractmethod(3)
except AttributeError as e:
    print("abstractmethod(3)", type(e).__name__, e)

print("abstractproperty mro", [c.__name__ for c in abc.abstractproperty.__mro__])
print("abstractclassmethod mro", [c.__name__ for c in abc.abstractclassmethod.__mro__])
print("abstractstaticmethod mro", [c.__name__ for c in abc.abstractstaticmethod.__mro__])


class Old(ABC):
    @abc.abstractproperty
    def prop(self):
        return 1

    @abc.abstractclassmethod
    def make(cls):
        return cls

    @abc.abstractstaticmethod
    def helper():
        return "h"


print("Old abstracts", sorted(Old.__abstractmethods__))
print("helper still callable", Old.helper(), Old.make() is Old)


class OldDone(Old):
    prop = 2

    @classmethod
    def make(cls):
        return "made"

    @staticmethod
    def helper():
        return "done"


print("OldDone", OldDone().prop, OldDone.make(), OldDone.helper())

print("type of ABC", type(ABC).__name__, type(ABC) is ABCMeta, ABC.__slots__)
print("ABCMeta is a type", issubclass(ABCMeta, type), ABCMeta.__mro__[1].__name__)

# ABCMeta called directly, as type() would be.
Made = ABCMeta("Made", (), {"run": abstractmethod(lambda self: None), "x": 1})
print("Made", Made.__name__, sorted(Made.__abstractmethods__), Made.x, type(Made).__name__)
try:
    Made()
except TypeError as e:
    print("Made()", e)


# update_abstractmethods after editing the class.
class Editable(ABC):
    @abstractmethod
    def one(self): ...

    @abstractmethod
    def two(self): ...


Editable.one = lambda self: 1
print("stale", sorted(Editable.__abstractmethods__))
print("returns cls", update_abstractmethods(Editable) is Editable)
print("fresh", sorted(Editable.__abstractmethods__))


def three(self): ...


Editable.three = abstractmethod(three)
update_abstractmethods(Editable)
print("added", sorted(Editable.__abstractmethods__))


class NotAbc:
    def x(self): ...


print("plain class untouched", update_abstractmethods(NotAbc) is NotAbc,
      hasattr(NotAbc, "__abstractmethods__"))


# Class keywords pass through ABCMeta to __init_subclass__.
class Tagged(ABC):
    def __init_subclass__(cls, tag="none", **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag


class T1(Tagged, tag="one"):
    pass


print("tag", T1.tag, type(T1).__name__)
print("public", [n for n in ("ABC", "ABCMeta", "abstractmethod", "get_cache_token", "update_abstractmethods") if hasattr(abc, n)])
