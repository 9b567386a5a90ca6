# The weak dictionaries as mappings: |, |=, equality with dicts, copies and subclasses.
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"V{self.n}"

v1, v2, v3 = V(1), V(2), V(3)
wv = weakref.WeakValueDictionary(a=v1, b=v2)
print("eq dict", wv == {"a": v1, "b": v2}, {"a": v1, "b": v2} == wv, wv != {"a": v1})
print("eq other", wv == [("a", v1)], wv == 1, wv == weakref.WeakValueDictionary(a=v1, b=v2))
merged = wv | {"c": v3}
print("or", type(merged).__name__, sorted(merged), sorted(wv))
rmerged = {"c": v3, "a": v2} | wv
print("ror", type(rmerged).__name__, sorted(rmerged.items(), key=str))
wv |= {"c": v3}
print("ior", sorted(wv))
wv |= [("d", v3)]
print("ior pairs", sorted(wv))
for bad in (lambda: wv | [("e", v1)], lambda: wv | 1, lambda: 1 | wv):
    try:
        bad()
    except TypeError as e:
        print("or unsupported", type(e).__name__, e)
copy = wv.copy()
print("copy", type(copy).__name__, copy == wv, copy is wv, sorted(copy))
del v3
print("both lose entries", sorted(wv), sorted(copy))

class K:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"K{self.n}"

k1, k2, k3 = K(1), K(2), K(3)
wk = weakref.WeakKeyDictionary({k1: "one", k2: "two"})
print("wk eq dict", wk == {k1: "one", k2: "two"}, wk == {k1: "one"}, {k2: "two", k1: "one"} == wk)
m = wk | {k3: "three"}
print("wk or", type(m).__name__, list(m.values()))
rm = {k3: "three", k1: "uno"} | wk
print("wk ror", type(rm).__name__, list(rm.values()))
wk |= {k3: "three"}
print("wk ior", list(wk.values()))
try:
    wk | 5
except TypeError as e:
    print("wk or unsupported", type(e).__name__, e)
print("wk copy", list(wk.copy().items()) == list(wk.items()))
print("cross eq", weakref.WeakKeyDictionary({k1: 1}) == weakref.WeakValueDictionary(), wk != wv)

class MyValues(weakref.WeakValueDictionary):
    def extra(self):
        return "extra"

class MyKeys(weakref.WeakKeyDictionary):
    pass

mv = MyValues(x=v1)
print("subclass", type(mv).__name__, mv.extra(), repr(mv).startswith("<MyValues at 0x"))
print("subclass copy", type(mv.copy()).__name__, type(mv | {}).__name__, type({} | mv).__name__)
mk = MyKeys({k1: 1})
print("subclass keys", type(mk.copy()).__name__, type(mk | {}).__name__, type({} | mk).__name__)
print("generic alias", weakref.WeakValueDictionary[str, V], weakref.WeakKeyDictionary[K, int], weakref.WeakSet[K])
try:
    reversed(wv)
except TypeError as e:
    print("reversed", type(e).__name__, e)
print("dict()", sorted(dict(wv)), sorted(dict(wk).values()), sorted(list(wv.keys())))
print("kw update", sorted(weakref.WeakValueDictionary({"p": v1}, q=v2)))
