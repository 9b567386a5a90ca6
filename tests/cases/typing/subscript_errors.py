# Wrong subscriptions and instantiations of typing's forms raise CPython's TypeErrors.
from typing import (Any, Callable, ClassVar, Dict, Final, Generator, Generic, Hashable,
                    List, Literal, NoReturn, Optional, Protocol, Self, Set, Tuple, Type,
                    TypeGuard, TypeVar, Union, Deque, Iterable)

T = TypeVar("T")


def check(label, make):
    try:
        print(label, "ok:", make())
    except TypeError as e:
        print(label, "TypeError:", e)


check("List two", lambda: List[int, str])
check("List tuple", lambda: List[(int, str)])
check("List empty", lambda: List[()])
check("Dict one", lambda: Dict[int])
check("Dict three", lambda: Dict[int, str, float])
check("Generator one", lambda: Generator[int])
check("Hashable", lambda: Hashable[int])
check("again", lambda: List[int][str])
check("Tuple again", lambda: Tuple[int][int])
check("Callable one", lambda: Callable[int])
check("Callable three", lambda: Callable[[int], str, bytes])
check("Callable not list", lambda: Callable[int, str])
check("Callable result tuple", lambda: Callable[[int], (str,)])
check("Callable again", lambda: Callable[[int], str][int])
check("ClassVar two", lambda: ClassVar[int, str])
check("Final two", lambda: Final[int, str])
check("TypeGuard two", lambda: TypeGuard[int, str])
check("nested ClassVar", lambda: List[ClassVar[int]])
check("nested Final", lambda: Optional[Final[int]])
check("plain Union arg", lambda: List[Union])
check("plain Generic arg", lambda: Set[Generic])
check("Generic alias arg", lambda: List[Generic[T]])
check("Protocol arg", lambda: List[Protocol])
check("NoReturn sub", lambda: NoReturn[int])
check("Self sub", lambda: Self[int])
check("Literal again", lambda: Literal[1][2])
check("Generic empty", lambda: Generic[()])
check("Generic int", lambda: Generic[int])
check("Generic dup", lambda: Generic[T, T])
check("Generic twice", lambda: Generic[T][int])

check("List()", lambda: List())
check("List[int]()", lambda: List[int]([1]))
check("Dict()", lambda: Dict[str, int]())
check("Set()", lambda: Set())
check("Tuple()", lambda: Tuple[int]())
check("Type()", lambda: Type[int]())
check("Deque()", lambda: Deque[int]([1, 2]))
check("Iterable()", lambda: Iterable[int]())
check("Any()", lambda: Any())
check("ClassVar()", lambda: ClassVar())
check("ClassVar[int]()", lambda: ClassVar[int]())
check("NoReturn()", lambda: NoReturn())

check("isinstance List[int]", lambda: isinstance([], List[int]))
check("issubclass Dict[str, int]", lambda: issubclass(dict, Dict[str, int]))
check("isinstance List", lambda: isinstance([], List))
check("issubclass Iterable", lambda: issubclass(list, Iterable))
check("isinstance Callable", lambda: isinstance(len, Callable))
check("isinstance Type", lambda: isinstance(int, Type))
check("isinstance Any", lambda: isinstance(1, Any))
check("isinstance ClassVar", lambda: isinstance(1, ClassVar))
check("isinstance TypeVar", lambda: isinstance(1, T))

for form in (ClassVar[int], Final[str], Optional[int]):
    try:
        class Bad(form):
            pass
    except TypeError as e:
        print("subclass", e)
