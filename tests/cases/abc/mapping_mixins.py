# Mapping and MutableMapping mixin methods over a minimal implementation.
from collections.abc import Mapping, MutableMapping, KeysView, ItemsView, ValuesView


class Pairs(MutableMapping):
    """A mapping stored as a list of pairs, in insertion order."""

    def __init__(self, *args, **kw):
        self.pairs = []
        self.update(*args, **kw)

    def _find(self, key):
        for i, (k, _) in enumerate(self.pairs):
            if k == key:
                return i
        return -1

    def __getitem__(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        return self.pairs[i][1]

    def __setitem__(self, key, value):
        i = self._find(key)
        if i < 0:
            self.pairs.append((key, value))
        else:
            self.pairs[i] = (key, value)

    def __delitem__(self, key):
        i = self._find(key)
        if i < 0:
            raise KeyError(key)
        del self.pairs[i]

    def __iter__(self):
        return iter([k for k, _ in self.pairs])

    def __len__(self):
        return len(self.pairs)

    def __repr__(self):
        return f"Pairs({self.pairs})"


p = Pairs([("a", 1)], b=2)
p.update({"c": 3})
p.update(x=9)


class KeysOnly:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, key):
        return key.upper()


p.update(KeysOnly())
print("built", p)
print("get", p.get("a"), p.get("zz"), p.get("zz", "dflt"))
print("contains", "b" in p, "zz" in p)
print("views", list(p.keys()), list(p.values()), list(p.items()))
print("view types", type(p.keys()).__name__, type(p.items()).__name__, type(p.values()).__name__)
print("view repr", repr(ValuesView(Pairs(q=1))))
print("view len", len(p.keys()), ("a", 1) in p.items(), ("a", 2) in p.items(), 9 in p.values())
print("keys ops", sorted(p.keys() & {"a", "b", "nope"}), sorted(p.keys() - {"a"}))
print("items ops", sorted(p.items() & {("a", 1)}), p.keys() == {"a", "b", "c", "x", "k1", "k2"})
print("eq", p == dict(p.items()), p == {"a": 1}, p != {"a": 1}, p == 5)
print("pop", p.pop("a"), p.pop("zz", None))
try:
    p.pop("zz")
except KeyError as e:
    print("pop missing", type(e).__name__, e)
print("popitem", p.popitem(), len(p))
print("setdefault", p.setdefault("c", 0), p.setdefault("new", 7), p["new"])
print("reversed is None", Mapping.__reversed__ is None)
try:
    reversed(p)
except TypeError as e:
    print("reversed", e)
try:
    hash(p)
except TypeError as e:
    print("hash", e)
p.clear()
print("cleared", p, len(p))
try:
    p.popitem()
except KeyError as e:
    print("popitem empty", repr(e))
try:
    p.update([("a", 1, 2)])
except ValueError as e:
    print("update bad", e)
try:
    Pairs().update({}, {})
except TypeError as e:
    print("update two", type(e).__name__)


class Frozen(Mapping):
    def __init__(self, d):
        self._d = dict(d)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


fz = Frozen({1: "one", 2: "two"})
print("frozen", fz[1], list(fz), fz.get(3, "-"), fz == {1: "one", 2: "two"}, dict(fz))
print("isinstance", isinstance(fz, MutableMapping), isinstance(p, Mapping))
print("KeysView of dict", isinstance({}.keys(), KeysView), isinstance({}.items(), ItemsView))
try:
    Frozen({})["x"]
except KeyError as e:
    print("frozen missing", e)
match fz:
    case {1: name}:
        print("match mapping", name)
    case _:
        print("no match")
