# types.GenericAlias objects, built directly and by the collections.abc classes.
from types import GenericAlias
from collections.abc import Iterable, Mapping, Callable, Sequence

ga = GenericAlias(list, int)
print("repr", ga, GenericAlias(dict, (str, ga)), GenericAlias(tuple, ()))
print("parts", ga.__origin__, ga.__args__, ga.__parameters__)
print("tuple arg", GenericAlias(list, (int,)) == ga, GenericAlias(list, (int,)).__args__)
print("eq", ga == GenericAlias(list, int), ga == GenericAlias(list, str), ga == list, ga != 3)
print("hash", hash(ga) == hash(GenericAlias(list, int)))
print("call", ga("ab"), type(ga("ab")).__name__, GenericAlias(dict, (str, int))(a=1))
print("forwarded", ga.__name__, ga.append is list.append, ga.__doc__ == list.__doc__)
print("class", ga.__class__.__name__, type(ga).__name__, isinstance(ga, type))
print("mro_entries", ga.__mro_entries__((ga,)))
print("items", GenericAlias(list, ...), GenericAlias(list, "str"), GenericAlias(list, 1))
print("nested", GenericAlias(Mapping, (str, GenericAlias(Sequence, int))))
print("non-type origin", GenericAlias(5, int))
print("unpacked", ga.__unpacked__)
try:
    isinstance([], ga)
except TypeError as e:
    print("isinstance", e)
try:
    issubclass(list, ga)
except TypeError as e:
    print("issubclass", e)
try:
    ga[int]
except TypeError as e:
    print("subscript", e)
try:
    GenericAlias(list)
except TypeError as e:
    print("one arg", type(e).__name__)
try:
    ga.__origin__ = dict
except AttributeError as e:
    print("readonly", type(e).__name__)


class Box:
    __class_getitem__ = classmethod(GenericAlias)

    def __init__(self, v=None):
        self.v = v


bi = Box[int]
print("user class", bi, bi.__origin__ is Box, bi.__args__)
b = bi(5)
print("orig_class", b.v, b.__orig_class__ == bi)
print("abc aliases", Iterable[str], Mapping[str, int].__args__, Sequence[Box])
print("abc alias type", type(Iterable[int]) is GenericAlias, type(Callable[[int], int]).__name__)
print("callable alias", Callable[[int], str].__origin__ is Callable, Callable[[], int])
print("callable isinstance of", isinstance(Callable[[int], str], GenericAlias))
print("reduce", Callable[[int], str].__reduce__()[1][1], ga.__reduce__())
