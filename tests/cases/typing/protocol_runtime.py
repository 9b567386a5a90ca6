# Protocol and runtime_checkable: structural isinstance/issubclass, members, errors.
import collections.abc
from typing import (Protocol, SupportsAbs, SupportsFloat, SupportsIndex, SupportsInt,
                    SupportsRound, runtime_checkable)


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class NamedCloser(Closer, Protocol):
    name: str


class Plain(Protocol):
    def run(self) -> int: ...


class File:
    def close(self):
        return "closed"


class NamedFile(File):
    def __init__(self):
        self.name = "f"


class Blocked(File):
    close = None


print("is protocol", Closer._is_protocol, NamedCloser._is_protocol, Plain._is_protocol)
print("mro", NamedCloser.__mro__)
print("isinstance", isinstance(File(), Closer), isinstance(3, Closer), isinstance(Blocked(), Closer))
print("issubclass", issubclass(File, Closer), issubclass(int, Closer), issubclass(Blocked, Closer))
print("attribute member", isinstance(NamedFile(), NamedCloser), isinstance(File(), NamedCloser))
print("supports", isinstance(3, SupportsInt), isinstance("3", SupportsInt),
      isinstance(2.5, SupportsFloat), isinstance(-1, SupportsAbs), isinstance(1.5, SupportsRound))
print("index", isinstance(3, SupportsIndex), isinstance(3.0, SupportsIndex))
print("issubclass supports", issubclass(float, SupportsInt), issubclass(str, SupportsInt))


class Explicit(Closer):
    pass


print("explicit", Explicit._is_protocol, isinstance(Explicit(), Closer), Explicit().close())
Closer.register(int)
print("registered", isinstance(5, Closer), issubclass(int, Closer))
print("abc unaffected", isinstance([], collections.abc.Sized), issubclass(dict, collections.abc.Iterable))


class WithInit(Plain):
    def __init__(self, value):
        self.value = value

    def run(self):
        return self.value


print("concrete", WithInit(7).run(), isinstance(WithInit(1), WithInit))


def check(label, make):
    try:
        print(label, "ok:", make())
    except TypeError as e:
        print(label, "TypeError:", e)


check("non-runtime isinstance", lambda: isinstance(File(), Plain))
check("non-runtime issubclass", lambda: issubclass(File, Plain))
check("data member issubclass", lambda: issubclass(NamedFile, NamedCloser))
check("issubclass non-class", lambda: issubclass(3, Closer))
check("instantiate", lambda: Closer())
check("instantiate plain", lambda: Plain())
check("decorate class", lambda: runtime_checkable(File))
check("decorate function", lambda: runtime_checkable(len))
check("isinstance Protocol", lambda: isinstance(1, Protocol))
check("Protocol[int]", lambda: Protocol[int])
try:
    class Bad(Protocol, File):
        pass
except TypeError as e:
    print("bad base", e)


@runtime_checkable
class Sized2(collections.abc.Sized, Protocol):
    def extra(self): ...


print("abc base allowed", Sized2.__mro__[1], isinstance([], Sized2))
print("runtime flag", Closer._is_runtime_protocol, NamedCloser._is_runtime_protocol,
      Plain._is_runtime_protocol)
