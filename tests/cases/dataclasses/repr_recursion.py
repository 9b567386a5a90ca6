# dataclasses: __repr__ details -- recursion guard, repr=False fields, qualnames, Field repr.
from dataclasses import dataclass, field, fields


@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False)


root = Node(1)
child = Node(2, parent=root)
root.children.append(child)
print("tree", root)
root.children.append(root)
print("self cycle", root)


@dataclass
class Pair:
    left: object = None
    right: object = None


a = Pair()
b = Pair(a)
a.right = b
print("mutual", a)
print("mutual b", b)
print("after cycle, plain", Pair(1, "x"))


@dataclass
class Strs:
    s: str = "it's"
    t: str = 'say "hi"'
    n: float = 1e100
    f: object = float("inf")
    none: object = None


print("reprs", Strs())


def factory():
    @dataclass
    class Local:
        v: int
    return Local


print("local qualname", factory()(3))


@dataclass
class Hidden:
    visible: int
    hidden: int = field(default=0, repr=False)


print("hidden field", Hidden(1, 2))

f = fields(Hidden)[1]
text = repr(f)
print("field repr start", text[:text.index("default=")])
print("field repr end", text[text.index("init="):])
print("field name/type", f.name, f.type)


@dataclass
class Raising:
    x: int

    @property
    def y(self):
        raise RuntimeError("boom")


@dataclass
class HoldsRaising:
    r: object


class BadRepr:
    def __repr__(self):
        raise ValueError("bad repr")


try:
    repr(HoldsRaising(BadRepr()))
except ValueError as e:
    print("repr error propagates:", e)
h = HoldsRaising(None)
h.r = h
print("guard reset after error", h)
