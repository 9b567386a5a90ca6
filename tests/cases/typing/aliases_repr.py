# typing's aliases of builtin and collections.abc classes: reprs, origins, arguments.
import collections
import collections.abc
from typing import (AbstractSet, Any, AsyncIterator, Awaitable, ByteString, Callable,
                    ChainMap, Collection, Container, ContextManager, Coroutine, Counter,
                    DefaultDict, Deque, Dict, FrozenSet, Generator, Hashable, ItemsView,
                    Iterable, Iterator, KeysView, List, Mapping, MutableMapping,
                    MutableSequence, MutableSet, OrderedDict, Reversible, Sequence, Set,
                    Sized, Tuple, Type, ValuesView, get_args, get_origin)

print("bare", List, Dict, Set, FrozenSet, Tuple, Type, Callable)
print("bare abc", Iterable, Iterator, Mapping, MutableMapping, Sequence, AbstractSet)
print("nested", Dict[str, List[int]])
print("deeper", List[Dict[str, Tuple[int, ...]]])
print("tuple forms", Tuple[int, str], Tuple[int, ...], Tuple[()])
print("set forms", Set[int], FrozenSet[str], AbstractSet[bytes], MutableSet[float])
print("type", Type[int], Type[Any])
print("abcs", Iterable[int], Iterator[str], Reversible[int], Container[int], Collection[int])
print("maps", Mapping[str, int], MutableMapping[str, int], KeysView[str], ItemsView[str, int],
      ValuesView[int])
print("seqs", Sequence[int], MutableSequence[str])
print("gens", Generator[int, None, None], Coroutine[int, str, float], Awaitable[int],
      AsyncIterator[int])
print("collections", Deque[int], DefaultDict[str, int], OrderedDict[str, int],
      Counter[str], ChainMap[str, int])
print("context", ContextManager[int])
print("none arg", List[None], Dict[str, None])
print("non-type args", List[1], List[...], List["int"])
print("unsubscriptable", Hashable, Sized, ByteString)

print("origin List[int]", get_origin(List[int]))
print("origin List", get_origin(List))
print("origin Iterable", get_origin(Iterable[int]) is collections.abc.Iterable)
print("origin Deque", get_origin(Deque[int]) is collections.deque)
print("origin Callable", get_origin(Callable[[int], str]) is collections.abc.Callable)
print("origin Tuple", get_origin(Tuple[int]), "of int:", get_origin(int))
print("args Dict", get_args(Dict[str, int]))
print("args Tuple", get_args(Tuple[int, ...]), get_args(Tuple[()]))
print("args Callable", get_args(Callable[[int, str], float]))
print("args Callable ...", get_args(Callable[..., float]))
print("args Callable empty", get_args(Callable[[], None]))
print("args List bare", get_args(List), "of int:", get_args(int))
print("__args__", List[int].__args__, Callable[[int], str].__args__)
print("__origin__", Dict[str, int].__origin__, List.__origin__)
print("_name", List._name, List[int]._name, Iterable._name)
print("__name__", List.__name__, List[int].__qualname__, Mapping.__name__)
print("module", List.__module__, List[int].__module__)
print("parameters", List[int].__parameters__)

print("eq", List[int] == List[int], List[int] == List[str], List[int] == Dict[int, int])
print("hash", hash(Dict[str, int]) == hash(Dict[str, int]))
print("as key", {List[int]: "li"}[List[int]])
print("cached", List[int] is List[int], Callable[[int], str] is Callable[[int], str])
print("attr forwarded", List[int].append is list.append, Dict.fromkeys("ab"))
try:
    List[int].__parameters__.foo
except AttributeError as e:
    print("AttributeError", e)
try:
    List.__parameters__
except AttributeError as e:
    print("bare __parameters__", type(e).__name__, e)
