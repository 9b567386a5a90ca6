# Union and Optional: flattening, deduplication, reprs, equality, isinstance, the | operator.
from typing import Any, Dict, List, Optional, Union, get_args, get_origin


def show(label, make):
    try:
        print(label, make())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("two", lambda: Union[int, str])
show("three", lambda: Union[int, str, float])
show("single", lambda: Union[int])
show("dup", lambda: Union[int, int])
show("dup kept order", lambda: Union[str, int, str, float, int])
show("nested flattened", lambda: Union[int, Union[str, Union[float, bytes]], int])
show("pep604 flattened", lambda: Union[int | str, float])
show("with None", lambda: Union[int, None])
show("None first", lambda: Union[None, int])
show("three with None", lambda: Union[int, str, None])
show("Optional", lambda: Optional[int])
show("Optional of Union", lambda: Optional[Union[int, str]])
show("Optional of Optional", lambda: Optional[Optional[int]])
show("Optional[None]", lambda: Optional[None])
show("Union[None]", lambda: Union[None])
show("generic members", lambda: Optional[List[int]])
show("Any member", lambda: Union[Any, int])
show("string member", lambda: Union["Node", int])
show("bare", lambda: (Union, Optional))
show("name", lambda: (Union.__name__, Optional.__name__))

print("args", Union[int, str].__args__, get_args(Optional[int]))
print("origin", get_origin(Union[int, str]), get_origin(Optional[int]))
print("origin is Union", get_origin(Optional[str]) is Union)
print("eq unordered", Union[int, str] == Union[str, int])
print("eq Optional", Optional[int] == Union[None, int] == Union[int, None])
print("hash unordered", hash(Union[int, str]) == hash(Union[str, int]))
print("eq pep604", Union[int, str] == (int | str), (int | str) == Union[int, str])
print("ne", Union[int, str] == Union[int, float])
print("distinct in set", len({Union[int, str], Union[str, int], Union[int, float]}))

print("isinstance", isinstance(3, Union[int, str]), isinstance(3.0, Union[int, str]))
print("isinstance None", isinstance(None, Optional[int]), isinstance("x", Optional[int]))
print("issubclass", issubclass(bool, Union[int, str]), issubclass(bytes, Union[int, str]))

print("or alias", Union[int, str] | float)
print("or None", List[int] | None)
print("ror", int | List[int])
print("or on forms", Optional[int] | Optional[str])

show("empty", lambda: Union[()])
show("Optional two", lambda: Optional[int, str])
show("tuple member", lambda: Union[int, (str,)])
show("plain form member", lambda: Union[Optional, int])
show("instantiate", lambda: Union())
show("instantiate Optional", lambda: Optional[int]())
show("isinstance bare", lambda: isinstance(1, Union))
show("issubclass bare", lambda: issubclass(int, Optional))
show("isinstance generic member", lambda: isinstance([], Union[List[int], str]))
show("unhashable member", lambda: Union[[int], str])
try:
    class Sub(Union[int, str]):
        pass
except TypeError as e:
    print("subclass alias", e)
try:
    class Sub(Union):
        pass
except TypeError as e:
    print("subclass form", e)
