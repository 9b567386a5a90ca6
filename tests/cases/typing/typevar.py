# TypeVar: name, variance, bounds, constraints, reprs, errors.
import typing
from typing import AnyStr, List, TypeVar, Union

T = TypeVar("T")
B = TypeVar("B", bound=int)
S = TypeVar("S", str, bytes)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
Fwd = TypeVar("Fwd", bound="Node")

print("reprs", T, B, S, Co, Contra, [T, Co])
print("str", str(T), f"{Co}")
print("name", T.__name__, Co.__name__)
print("module", T.__module__, AnyStr.__module__)
print("bound", T.__bound__, B.__bound__, Fwd.__bound__)
print("constraints", T.__constraints__, S.__constraints__)
print("variance", (T.__covariant__, T.__contravariant__), (Co.__covariant__, Co.__contravariant__),
      (Contra.__covariant__, Contra.__contravariant__))
print("AnyStr", AnyStr, AnyStr.__constraints__)
print("generic bound", TypeVar("L", bound=List[int]).__bound__)
print("truthy variance", TypeVar("V", covariant=1).__covariant__)
print("identity", T == T, T == TypeVar("T"), T is not TypeVar("T"))
print("hashable", len({T, T, B}))
print("union", T | int, int | T, T | None, Union[T, B])
print("in alias", List[T], List[T].__parameters__)


def check(label, make):
    try:
        print(label, "ok:", make())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ":", e)


check("bivariant", lambda: TypeVar("X", covariant=True, contravariant=True))
check("one constraint", lambda: TypeVar("X", int))
check("constraints and bound", lambda: TypeVar("X", int, str, bound=int))
check("tuple constraint", lambda: TypeVar("X", (int,), str))
check("tuple bound", lambda: TypeVar("X", bound=(int, str)))
check("call", lambda: T(3))
check("subclass", lambda: type("Sub", (TypeVar,), {}))
try:
    class Sub(TypeVar):
        pass
except TypeError as e:
    print("class Sub(TypeVar)", e)
try:
    class FromVar(T):
        pass
except TypeError as e:
    print("class FromVar(T)", e)
print("typing's own", typing.T, typing.KT, typing.VT, typing.T_co, typing.T_contra, typing.CT_co)
print("CT_co bound", typing.CT_co.__bound__)


def first(items: List[T]) -> T:
    return items[0]


print("used", first([3, 4]), first.__annotations__)
