# Literal, Final, ClassVar, Annotated and the bare special forms.
from typing import (Annotated, Any, ClassVar, Final, List, Literal, LiteralString, Never,
                    NoReturn, Optional, Self, TypeAlias, TypeGuard, TypeVar, get_args,
                    get_origin)

T = TypeVar("T")


def check(label, make):
    try:
        print(label, make())
    except TypeError as e:
        print(label, "TypeError:", e)


check("literal", lambda: Literal[1, "a", None, True, b"x"])
check("single", lambda: Literal["on"])
check("dedup", lambda: Literal[1, 2, 1, 2])
check("bool vs int", lambda: Literal[1, True, 0, False])
check("flattened", lambda: Literal[1, Literal[2, Literal[3]]])
check("args", lambda: get_args(Literal["a", "b"]))
check("origin", lambda: get_origin(Literal[1]))
check("eq unordered", lambda: Literal[1, 2] == Literal[2, 1])
check("eq types differ", lambda: Literal[1] == Literal[True])
check("hash unordered", lambda: hash(Literal["x", "y"]) == hash(Literal["y", "x"]))
check("unhashable value", lambda: Literal[[1], 2])
check("empty", lambda: Literal[()])
check("in Optional", lambda: Optional[Literal["r", "w"]])

check("final", lambda: (Final, Final[int], Final[List[int]]))
check("classvar", lambda: (ClassVar, ClassVar[int], get_origin(ClassVar[int]), get_args(ClassVar[int])))
check("typeguard", lambda: TypeGuard[List[int]])
check("bare forms", lambda: (NoReturn, Never, Self, LiteralString, TypeAlias))
check("form names", lambda: (NoReturn.__name__, ClassVar.__qualname__, Final._name))
check("Any in alias", lambda: List[Any])

A = Annotated[int, "meta", 3]
check("annotated", lambda: A)
check("metadata", lambda: A.__metadata__)
check("origin", lambda: (A.__origin__, get_origin(A) is Annotated))
check("args", lambda: get_args(A))
check("nested merge", lambda: Annotated[Annotated[int, 1], 2])
check("nested args", lambda: get_args(Annotated[Annotated[str, "a"], "b"]))
check("eq", lambda: (Annotated[int, 1] == Annotated[int, 1], Annotated[int, 1] == Annotated[int, 2]))
check("eq plain", lambda: Annotated[int, 1] == int)
check("generic", lambda: Annotated[List[T], "x"][str])
check("classvar inside", lambda: Annotated[ClassVar[int], "x"])
check("call", lambda: Annotated[int, "digits"]("42"))
check("name", lambda: Annotated[int, 1].__name__)
check("bare", lambda: Annotated)
check("one arg", lambda: Annotated[int])
check("tuple type", lambda: Annotated[(int, str), 1])
check("instantiate", lambda: Annotated())
try:
    class Sub(Annotated):
        pass
except TypeError as e:
    print("subclass", e)


class FromAnnotated(Annotated[int, "base"]):
    pass


print("subclass alias", FromAnnotated.__mro__, FromAnnotated(5) + 1)
