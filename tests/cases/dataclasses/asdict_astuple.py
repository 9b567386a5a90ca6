# dataclasses: asdict() and astuple() recursion, copying, factories and errors.
from dataclasses import dataclass, field, asdict, astuple
from collections import namedtuple, OrderedDict

Pair = namedtuple("Pair", "left right")


@dataclass
class Leaf:
    value: int
    tags: list = field(default_factory=list)


@dataclass
class Tree:
    name: str
    leaves: list
    meta: dict
    pair: tuple = None


t = Tree("t", [Leaf(1, ["a"]), Leaf(2)], {"k": Leaf(3), "n": [Leaf(4)]}, Pair(Leaf(5), 6))
d = asdict(t)
print("asdict", d)
print("astuple", astuple(t))
print("nested types", type(d["leaves"]).__name__, type(d["pair"]).__name__, d["pair"].left)
print("deep copy", d["leaves"][0]["tags"] is not t.leaves[0].tags)
d["leaves"][0]["tags"].append("changed")
print("original untouched", t.leaves[0].tags)
tp = astuple(t)
print("tuple copy", tp[1][0][1] is not t.leaves[0].tags)


@dataclass
class Holder:
    items: tuple
    mapping: OrderedDict


h = Holder((Leaf(1), [Leaf(2)]), OrderedDict([("x", Leaf(9))]))
print("tuple and ordered", asdict(h))
print("ordered type kept", type(asdict(h)["mapping"]).__name__)
print("dict_factory", asdict(Leaf(1, ["z"]), dict_factory=lambda items: list(items)))
print("ordered factory", asdict(Leaf(7), dict_factory=OrderedDict))
print("tuple_factory", astuple(Leaf(1, [2]), tuple_factory=list))


class Opaque:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Opaque({self.v})"


@dataclass
class WithObject:
    obj: object


src = WithObject(Opaque([1]))
out = asdict(src)
print("deepcopied object", out, out["obj"] is not src.obj, out["obj"].v is not src.obj.v)

for bad in [Leaf, 5, {"a": 1}, None]:
    try:
        asdict(bad)
    except TypeError as e:
        print("asdict error:", e)
try:
    astuple([Leaf(1)])
except TypeError as e:
    print("astuple error:", e)


@dataclass
class Keys:
    by_leaf: dict


print("dataclass values in dict", asdict(Keys({1: Leaf(1), 2: [Leaf(2)]})))
