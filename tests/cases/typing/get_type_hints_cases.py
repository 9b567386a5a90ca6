# get_type_hints: string annotations evaluated in the module, classes with bases, methods,
# None, include_extras, localns/globalns, and the errors.
import functools
import sys
from typing import (Annotated, ClassVar, Dict, Final, ForwardRef, List, Optional, Tuple,
                    get_type_hints)


class Node:
    value: int
    children: "List[Node]"
    parent: "Optional[Node]" = None
    count: ClassVar[int] = 0
    limit: "Final[int]" = 10


class Leaf(Node):
    label: "str"
    weight: Annotated[float, "kg"]


def link(a: "Node", b: "Dict[str, Node]" = None, *rest: "int", **kw: str) -> "Tuple[Node, ...]":
    pass


def nothing(x: None) -> None:
    pass


class Holder:
    def method(self, n: "Node") -> "Holder":
        return self

    @classmethod
    def make(cls, n: "List[Leaf]") -> "Holder":
        return cls()

    @staticmethod
    def helper(x: "int") -> "str":
        return str(x)


def decorate(f):
    @functools.wraps(f)
    def inner(*args, **kwargs):
        return f(*args, **kwargs)
    return inner


@decorate
def wrapped(n: "Node") -> "bool":
    return True


def show(label, make):
    try:
        print(label, make())
    except Exception as e:
        print(label, "->", type(e).__name__, e)


show("class", lambda: get_type_hints(Node))
show("subclass", lambda: get_type_hints(Leaf))
show("subclass extras", lambda: get_type_hints(Leaf, include_extras=True)["weight"])
show("raw", lambda: Leaf.__annotations__)
show("function", lambda: get_type_hints(link))
show("None", lambda: get_type_hints(nothing))
show("method", lambda: get_type_hints(Holder().method))
show("classmethod", lambda: get_type_hints(Holder.make))
show("staticmethod", lambda: get_type_hints(Holder.helper))
show("wrapped", lambda: get_type_hints(wrapped))
show("builtin", lambda: get_type_hints(len))
show("empty class", lambda: get_type_hints(object))
module_level: "Dict[str, Node]" = {}
show("module", lambda: get_type_hints(sys.modules[__name__]))


def uses_local(x: "Local") -> "Local":
    pass


show("missing name", lambda: get_type_hints(uses_local))
show("localns", lambda: get_type_hints(uses_local, localns={"Local": bytes}))
show("globalns", lambda: get_type_hints(uses_local, globalns={"Local": float}))


def bad_expr(x: "1 +"):
    pass


def bad_tuple(x: "(int, str)"):
    pass


def bad_classvar(x: "ClassVar[int]"):
    pass


show("syntax", lambda: get_type_hints(bad_expr))
show("tuple", lambda: get_type_hints(bad_tuple))
show("ClassVar in function", lambda: get_type_hints(bad_classvar))
show("not annotatable", lambda: get_type_hints(3))
show("None object", lambda: get_type_hints(None))
show("forward ref", lambda: (ForwardRef("Node"), ForwardRef("Node") == ForwardRef("Node")))
show("forward arg", lambda: ForwardRef("List[int]").__forward_arg__)
show("forward not str", lambda: ForwardRef(1))
show("forward syntax", lambda: ForwardRef("a b"))
show("nested strings", lambda: get_type_hints(type("Q", (), {"__annotations__": {"q": "List['Node']"}})))
