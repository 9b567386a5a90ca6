# ParamSpec and Concatenate: reprs, P.args/P.kwargs, Callable substitution, user generics.
import functools
from typing import (Callable, Concatenate, Generic, List, ParamSpec, ParamSpecArgs,
                    ParamSpecKwargs, TypeVar, get_args, get_origin)

P = ParamSpec("P")
Q = ParamSpec("Q", bound=int)
C = ParamSpec("C", covariant=True)
R = TypeVar("R")
T = TypeVar("T")


def check(label, make):
    try:
        print(label, make())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


check("reprs", lambda: (P, C, P.__name__, P.__module__, Q.__bound__))
check("args/kwargs", lambda: (P.args, P.kwargs, P.args.__origin__ is P))
check("args types", lambda: (type(P.args) is ParamSpecArgs, type(P.kwargs) is ParamSpecKwargs))
check("args eq", lambda: (P.args == P.args, P.args == Q.args, P.kwargs == P.kwargs))
check("origin", lambda: (get_origin(P.args), get_origin(P.kwargs)))
check("Callable[P, R]", lambda: Callable[P, R])
check("args", lambda: (Callable[P, R].__args__, get_args(Callable[P, int])))
check("params", lambda: Callable[P, R].__parameters__)
check("subst list", lambda: Callable[P, R][[int, str], bool])
check("subst single P", lambda: Callable[P, int][[str]])
check("subst spread", lambda: Callable[P, int][str, bytes])
check("subst ellipsis", lambda: Callable[P, int][...])
check("subst other P", lambda: Callable[P, int][Q])
check("concatenate", lambda: Concatenate[int, P])
check("concat args", lambda: (Concatenate[int, str, P].__args__, Concatenate[int, P].__parameters__))
check("concat ellipsis", lambda: Concatenate[int, ...])
check("in Callable", lambda: Callable[Concatenate[int, P], R])
check("get_args", lambda: get_args(Callable[Concatenate[int, P], R]))
check("concat subst", lambda: Callable[Concatenate[int, P], R][[str], bool])
check("concat subst ...", lambda: Callable[Concatenate[int, P], int][...])
check("concat empty", lambda: Concatenate[()])
check("concat no spec", lambda: Concatenate[int, str])
check("bad subst", lambda: Callable[P, int][1])


class Task(Generic[P, R]):
    def __init__(self, fn: Callable[P, R]) -> None:
        self.fn = fn

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        return self.fn(*args, **kwargs)


check("generic params", lambda: Task.__parameters__)
check("generic list", lambda: Task[[int, str], bool])
check("generic ellipsis", lambda: Task[..., int])


class Only(Generic[P]):
    pass


check("only spread", lambda: Only[int, str])
check("only list", lambda: Only[[int, str]])
check("only ...", lambda: Only[...])


def logged(fn: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(fn)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return inner


@logged
def add(a: int, b: int = 0) -> int:
    return a + b


print("decorated", add(1, b=2), Task(len)([1, 2]))
print("annotations", logged.__annotations__)
check("bivariant", lambda: ParamSpec("X", covariant=True, contravariant=True))
