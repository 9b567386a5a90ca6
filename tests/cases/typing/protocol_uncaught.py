# Instantiating a protocol class fails; the last one is not caught.
from typing import Protocol, TypeVar

T = TypeVar("T")


class Reader(Protocol[T]):
    def read(self) -> T: ...


class StrReader(Reader[str]):
    def read(self):
        return "text"


print("params", Reader.__parameters__, StrReader.__parameters__)
print("alias", Reader[int], Reader[int].__origin__ is Reader)
print("concrete", StrReader().read(), StrReader._is_protocol)
try:
    Reader()
except TypeError as e:
    print("caught", e)


class Sub(Reader[T], Protocol):
    def close(self): ...


print("sub", Sub._is_protocol, Sub.__parameters__)
Sub[int]()
print("not reached")
