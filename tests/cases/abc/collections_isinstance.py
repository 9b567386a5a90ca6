# Which builtin objects the collections.abc classes recognise.
import collections.abc as cabc


def gen():
    yield 1


samples = [
    ("int", 1), ("str", "ab"), ("bytes", b"ab"), ("bytearray", bytearray(b"ab")),
    ("list", [1]), ("tuple", (1,)), ("range", range(2)), ("dict", {1: 2}),
    ("set", {1}), ("frozenset", frozenset({1})), ("memoryview", memoryview(b"ab")),
    ("keys", {1: 2}.keys()), ("values", {1: 2}.values()), ("items", {1: 2}.items()),
    ("list_iter", iter([1])), ("dict_iter", iter({1: 2})), ("str_iter", iter("ab")),
    ("range_iter", iter(range(2))), ("zip", zip([1], [2])), ("map", map(abs, [1])),
    ("reversed", reversed([1, 2])), ("generator", gen()), ("None", None),
    ("function", gen), ("type", int), ("mappingproxy", type.__dict__),
]
abcs = ["Hashable", "Iterable", "Iterator", "Reversible", "Generator", "Sized", "Container",
        "Callable", "Collection", "Set", "MutableSet", "Mapping", "MutableMapping",
        "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence",
        "ByteString", "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator",
        "AsyncGenerator"]

for label, obj in samples:
    yes = [name for name in abcs if isinstance(obj, getattr(cabc, name))]
    print(f"{label:13}", " ".join(yes))

print("issubclass str Hashable", issubclass(str, cabc.Hashable))
print("issubclass list Hashable", issubclass(list, cabc.Hashable))
print("issubclass dict Reversible", issubclass(dict, cabc.Reversible))
print("issubclass bool Hashable", issubclass(bool, cabc.Hashable))
print("issubclass bytes ByteString", issubclass(bytes, cabc.ByteString))
print("issubclass bytearray MutableSequence", issubclass(bytearray, cabc.MutableSequence))


class Unhashable:
    __hash__ = None


class OnlyLen:
    def __len__(self):
        return 0


class NoIter:
    def __iter__(self):
        return iter(())
    __contains__ = None


print("Unhashable", isinstance(Unhashable(), cabc.Hashable))
print("OnlyLen", isinstance(OnlyLen(), cabc.Sized), isinstance(OnlyLen(), cabc.Collection))
print("NoIter", isinstance(NoIter(), cabc.Iterable), isinstance(NoIter(), cabc.Container))
print("names", cabc.__all__)
print("module", cabc.Sequence.__module__, repr(cabc.MutableMapping))
print("MRO", [c.__name__ for c in cabc.MutableSequence.__mro__])
print("MRO", [c.__name__ for c in cabc.ItemsView.__mro__])
print("abstracts Sequence", sorted(cabc.Sequence.__abstractmethods__))
print("abstracts MutableMapping", sorted(cabc.MutableMapping.__abstractmethods__))
print("abstracts Generator", sorted(cabc.Generator.__abstractmethods__))
print("abstracts MutableSet", sorted(cabc.MutableSet.__abstractmethods__))
