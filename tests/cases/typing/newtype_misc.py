# NewType, cast, assert_type, assert_never, reveal_type, final, overload, no_type_check,
# TYPE_CHECKING and dataclass_transform.
import sys
import typing
from typing import (TYPE_CHECKING, List, NewType, Optional, assert_never, assert_type,
                    cast, clear_overloads, dataclass_transform, final, get_overloads,
                    get_type_hints, no_type_check, overload, reveal_type)

UserId = NewType("UserId", int)
Nested = NewType("pkg.Nested", List[int])
print("newtype", UserId, UserId(5), type(UserId(5)).__name__)
print("attrs", UserId.__name__, UserId.__qualname__, UserId.__module__, UserId.__supertype__)
print("dotted", Nested, Nested.__name__, Nested.__qualname__, Nested.__supertype__)
print("union", UserId | None, None | UserId, List[UserId])
Derived = NewType("Derived", UserId)
print("chain", Derived, Derived.__supertype__, Derived(UserId(1)))
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("subclass", e)
try:
    isinstance(1, UserId)
except TypeError as e:
    print("isinstance", e)

print("cast", cast(int, "not an int"), cast("List[str]", 3), cast(List[int], None))
print("assert_type", assert_type([1], List[int]))
print("TYPE_CHECKING", TYPE_CHECKING)
for value in (3, "x" * 150):
    try:
        assert_never(value)
    except AssertionError as e:
        print("assert_never", len(str(e)), str(e)[:60])
sys.stderr = sys.stdout
print("reveal returns", reveal_type([1, 2]))
sys.stderr = sys.__stderr__


@final
class Leaf:
    @final
    def done(self):
        return 1


print("final", Leaf.__final__, Leaf.done.__final__, final(3))


@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x * 2


print("overloaded", parse(2), parse("a"), len(get_overloads(parse)))
print("overload names", [f.__name__ for f in get_overloads(parse)])
print("no overloads", get_overloads(print), get_overloads(lambda: 0))
clear_overloads()
print("cleared", get_overloads(parse))


@overload
def only(x: int) -> int: ...


try:
    only(1)
except NotImplementedError as e:
    print("dummy", str(e)[:40])


@no_type_check
def loose(a: "not valid here") -> "nor here":
    return a


print("no_type_check", loose.__no_type_check__, get_type_hints(loose), loose(1))


@no_type_check
class Loose:
    def method(self, x: "?"):
        return x


print("class no_type_check", Loose.__no_type_check__, Loose.method.__no_type_check__)


@dataclass_transform(kw_only_default=True, field_specifiers=(int,), custom=1)
def model(cls):
    return cls


print("dataclass_transform", model.__dataclass_transform__)
print("Text", typing.Text, "AnyStr", typing.AnyStr)
