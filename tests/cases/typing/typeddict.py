# TypedDict: class syntax, total=, Required/NotRequired, inheritance, functional form, errors.
from typing import (Annotated, Generic, List, NotRequired, Required, TypedDict, TypeVar,
                    get_type_hints, is_typeddict)


class Movie(TypedDict):
    title: str
    year: int


class Extra(Movie, total=False):
    rating: float
    tags: List[str]


class Mixed(TypedDict, total=False):
    id: Required[int]
    note: str
    score: Annotated[Required[float], "points"]


class Strict(TypedDict):
    a: int
    b: NotRequired[str]


m = Movie(title="Heat", year=1995)
print("instance", m, type(m).__name__)
print("from dict", Movie({"title": "x"}), Movie([("year", 1)]))
print("class", Movie, Movie.__mro__, Movie.__bases__)
print("annotations", Extra.__annotations__)
print("required", sorted(Movie.__required_keys__), sorted(Extra.__required_keys__))
print("optional", sorted(Movie.__optional_keys__), sorted(Extra.__optional_keys__))
print("total", Movie.__total__, Extra.__total__, Mixed.__total__)
print("mixed", sorted(Mixed.__required_keys__), sorted(Mixed.__optional_keys__))
print("strict", sorted(Strict.__required_keys__), sorted(Strict.__optional_keys__))
print("raw annotations", Strict.__annotations__)
print("hints", get_type_hints(Strict), get_type_hints(Mixed))
print("hints extras", get_type_hints(Strict, include_extras=True))
print("is_typeddict", is_typeddict(Movie), is_typeddict(dict), is_typeddict(m))
print("module", Movie.__module__, Movie.__name__)

Point = TypedDict("Point", {"x": int, "y": "int"}, total=False)
print("functional", Point(x=1), Point.__module__, sorted(Point.__optional_keys__))
print("functional annotations", Point.__annotations__)

T = TypeVar("T")


class Holder(TypedDict, Generic[T]):
    item: T


print("generic", Holder[int], Holder.__parameters__, Holder.__mro__)


def check(label, make):
    try:
        print(label, "ok:", make())
    except TypeError as e:
        print(label, "TypeError:", e)


check("isinstance", lambda: isinstance(m, Movie))
check("issubclass", lambda: issubclass(dict, Movie))
check("call bad", lambda: Movie(3))
check("both forms", lambda: TypedDict("X", {"a": int}, b=int))
check("bad type", lambda: TypedDict("X", {"a": (int, str)}))
check("Required two", lambda: Required[int, str])
check("NotRequired repr", lambda: NotRequired[List[int]])
try:
    class Bad(TypedDict, dict):
        a: int
except TypeError as e:
    print("bad base", e)
