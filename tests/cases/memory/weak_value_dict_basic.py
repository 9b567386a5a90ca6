# WeakValueDictionary: the mapping API, and entries vanishing when their values die.
import weakref

class Obj:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"Obj({self.n})"

objs = {name: Obj(i) for i, name in enumerate(["a", "b", "c", "d"])}
d = weakref.WeakValueDictionary(objs)
print("len", len(d))
print("keys", sorted(d.keys()))
print("values", sorted(d.values(), key=lambda o: o.n))
print("items", sorted((k, v.n) for k, v in d.items()))
print("getitem", d["b"], d["b"] is objs["b"])
print("get", d.get("c"), d.get("zz"), d.get("zz", "dflt"))
print("contains", "a" in d, "zz" in d)
print("iter", sorted(d))

del objs["b"]
print("after del value: len", len(d), "| b in d", "b" in d, "| get", d.get("b"))
try:
    d["b"]
except KeyError as e:
    print("getitem dead", type(e).__name__, e)

x = Obj(10)
d["x"] = x
print("setitem", d["x"], len(d))
d["x"] = objs["a"]
print("replace", d["x"])
del d["x"]
print("delitem", "x" in d, len(d))
try:
    del d["x"]
except KeyError as e:
    print("delitem missing", type(e).__name__, e)

print("pop", d.pop("a"), "a" in d, d.pop("a", "default"))
try:
    d.pop("a")
except KeyError as e:
    print("pop missing", type(e).__name__, e)

print("setdefault new", d.setdefault("x", x), d["x"])
print("setdefault old", d.setdefault("x", objs["c"]))
try:
    d.setdefault("y")
except TypeError as e:
    print("setdefault None", type(e).__name__, e)

d.update({"u1": x}, u2=objs["d"])
d.update([("u3", objs["c"])])
print("update", sorted(d))

k, v = d.popitem()
print("popitem", k in ("c", "d", "x", "u1", "u2", "u3"), isinstance(v, Obj))
del k, v

refs = d.valuerefs()
print("valuerefs", len(refs), all(isinstance(r, weakref.KeyedRef) for r in refs))
print("keyedref keys", sorted(r.key for r in refs) == sorted(d))
print("itervaluerefs", sorted(r().n for r in d.itervaluerefs()))
del refs

for bad in (1, "s", None):
    try:
        d["bad"] = bad
    except TypeError as e:
        print("bad value", type(e).__name__, e)

print("repr", repr(d).startswith("<WeakValueDictionary at 0x"))
try:
    hash(d)
except TypeError as e:
    print("hash", type(e).__name__, e)

d.clear()
print("clear", len(d), list(d))
empty = weakref.WeakValueDictionary()
try:
    empty.popitem()
except KeyError as e:
    print("popitem empty", type(e).__name__, e)

kw = weakref.WeakValueDictionary(other=x, self=x)
print("keyword keys", sorted(kw))
del x
print("after last ref dies", len(kw), list(kw))
