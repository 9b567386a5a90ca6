# typing.Any: a class with its own metaclass -- repr, isinstance, subclassing, in aliases.
from typing import Any, Callable, Dict, List, Optional, Union, get_type_hints

print("repr", repr(Any), str(Any))
print("in list", [Any])
print("is a class", isinstance(Any, type), type(Any).__name__, Any.__name__, Any.__module__)
print("in aliases", List[Any], Dict[str, Any], Callable[..., Any], Optional[Any])
print("union", Union[Any, int], Any | None, None | Any)


class Anything(Any):
    def hello(self):
        return "hi"


print("subclass", Anything().hello(), Anything.__mro__)
print("subclass repr", repr(Anything).startswith("<class"), isinstance(Anything(), Anything))
print("issubclass", issubclass(Anything, Any), issubclass(int, Any))
try:
    Any()
except TypeError as e:
    print("instantiate", e)
try:
    isinstance(3, Any)
except TypeError as e:
    print("isinstance", e)


def f(x: "Any") -> Any:
    return x


print("hints", get_type_hints(f))
try:
    Any[int]
except TypeError as e:
    print("subscript", type(e).__name__)
