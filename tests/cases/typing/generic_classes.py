# User generic classes: Generic[T], subscripted aliases, __orig_bases__, __parameters__, errors.
from typing import Dict, Generic, Iterable, Iterator, List, TypeVar, get_args, get_origin

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item


print("class", Box, Box.__mro__)
print("alias", Box[int], Box[List[str]], Box[Box[int]])
print("params", Box.__parameters__, "orig", Box.__orig_bases__)
b = Box[int](5)
print("instance", type(b).__name__, b.get(), b.__orig_class__)
print("plain instance", Box("x").get(), hasattr(Box("x"), "__orig_class__"))
print("alias attrs", Box[int].__origin__, Box[int].__args__, Box[int].__name__)
print("alias forwards", Box[int].get is Box.get)
print("origin/args", get_origin(Box[int]), get_args(Box[int]))
print("eq", Box[int] == Box[int], Box[int] == Box[str], Box[int] is Box[int])
print("module", Box[int].__module__)
print("string arg", Box["Box"], "none arg", Box[None])


class Pair(Generic[K, V]):
    pass


print("pair", Pair[str, int], Pair.__parameters__, Pair[K, V].__parameters__)
print("partial", Pair[str, V], Pair[str, V].__parameters__, Pair[str, V][int])


class IntBox(Box[int]):
    pass


print("IntBox", IntBox.__orig_bases__, IntBox.__parameters__, IntBox.__mro__)
print("IntBox works", IntBox(3).get())


class Store(Dict[K, List[V]]):
    pass


print("Store", Store.__parameters__, Store.__mro__)
s = Store[str, int]()
s["a"] = [1]
print("Store instance", s, type(s).__name__, s.__orig_class__)


class Nodes(Iterable[T]):
    def __init__(self, *items):
        self.items = items

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)


print("Nodes", Nodes.__mro__, list(Nodes[int](1, 2)))


class Mixed(Box[T], Generic[T]):
    pass


print("Mixed", Mixed.__parameters__, Mixed.__mro__)


class MyList(list, Generic[T]):
    pass


print("MyList", MyList[int]([1, 2]), MyList.__parameters__)


def check(label, make):
    try:
        print(label, "ok:", make())
    except TypeError as e:
        print(label, "TypeError:", e)


check("too many", lambda: Box[int, str])
check("too few", lambda: Pair[int])
check("not generic", lambda: IntBox[int])
check("resubscript", lambda: Box[int][str])
check("isinstance alias", lambda: isinstance(b, Box[int]))
check("isinstance class", lambda: isinstance(b, Box))
check("Generic()", lambda: type(Generic()).__name__)
for label, body in (("plain Generic", "class C(Generic): pass"),
                    ("twice", "class C(Generic[K], Generic[V]): pass"),
                    ("unlisted", "class C(Box[T], Generic[K]): pass")):
    try:
        exec(body, globals())
    except TypeError as e:
        print(label, "TypeError:", e)
