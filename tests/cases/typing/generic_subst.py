# Substituting type variables in aliases: nested generics, Callable, Union, Tuple, errors.
from typing import (Callable, ClassVar, Dict, Final, List, Optional, Tuple, Type, TypeVar,
                    Union, Generic)

T = TypeVar("T")
U = TypeVar("U")
K = TypeVar("K")


def check(label, make):
    try:
        print(label, make())
    except TypeError as e:
        print(label, "TypeError:", e)


check("List[T][int]", lambda: List[T][int])
check("Dict[K, T][str, int]", lambda: Dict[K, T][str, int])
check("Dict[T, List[T]][int]", lambda: Dict[T, List[T]][int])
check("Dict[K, T] params", lambda: Dict[K, T].__parameters__)
check("nested params order", lambda: Dict[T, Tuple[U, K, T]].__parameters__)
check("Dict[T, Tuple[U, K, T]][...]", lambda: Dict[T, Tuple[U, K, T]][int, str, bytes])
check("partial", lambda: Dict[K, T][str, T])
check("partial again", lambda: Dict[K, T][str, List[U]][float])
check("Tuple[T, ...][int]", lambda: Tuple[T, ...][int])
check("Tuple[T, U][int, str]", lambda: Tuple[T, U][int, str])
check("Type[T][int]", lambda: Type[T][int])
check("Callable[[T], U][int, str]", lambda: Callable[[T], U][int, str])
check("Callable[..., T][int]", lambda: Callable[..., T][int])
check("Callable[[T, T], List[T]][bytes]", lambda: Callable[[T, T], List[T]][bytes])
check("Callable params", lambda: Callable[[T], List[U]].__parameters__)
check("Union[T, int][str]", lambda: Union[T, int][str])
check("Union[T, int][int]", lambda: Union[T, int][int])
check("Union[T, U][int, int]", lambda: Union[T, U][int, int])
check("Optional[T][int]", lambda: Optional[T][int])
check("Optional[T][None]", lambda: Optional[T][None])
check("Union of generics", lambda: Union[List[T], Dict[str, T]][int])
check("ClassVar[T][int]", lambda: ClassVar[T][int])
check("Final[List[T]][str]", lambda: Final[List[T]][str])
check("string value", lambda: List[T]["Node"])
check("None value", lambda: Dict[str, T][None])
check("alias value", lambda: List[T][Dict[str, int]])
check("typevar value", lambda: List[T][U])
check("typevar value params", lambda: List[T][U].__parameters__)


class Pair(Generic[T, U]):
    pass


check("user alias subst", lambda: Pair[T, List[U]][int, str])
check("user alias partial", lambda: Pair[int, U][bytes])
check("user alias in List", lambda: List[Pair[T, T]][int])

check("too many", lambda: List[T][int, str])
check("too few", lambda: Dict[K, T][int])
check("not generic", lambda: Dict[str, int][str])
check("ClassVar value", lambda: List[T][ClassVar[int]])
check("tuple value", lambda: List[T][(int, str)])
check("cache identity", lambda: Dict[K, T][str, int] is Dict[str, int])
check("cache equality", lambda: Dict[K, T][str, int] == Dict[str, int])
