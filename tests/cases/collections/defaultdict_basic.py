from collections import defaultdict

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print("groups", groups)
print("repr", repr(groups), len(groups), dict(groups))
print("factory", groups.default_factory, defaultdict().default_factory)

counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print("counts", counts)
print("get does not create", counts.get("z"), "z" in counts, len(counts))
print("missing creates", counts["z"], "z" in counts, len(counts))
print("setdefault", counts.setdefault("y", 7), counts["y"])

nested = defaultdict(lambda: defaultdict(int))
nested["a"]["x"] += 1
nested["a"]["y"] += 2
nested["b"]["x"] += 3
print("nested", {k: dict(v) for k, v in nested.items()})

def tree():
    return defaultdict(tree)
t = tree()
t["a"]["b"]["c"] = 1
print("tree", t["a"]["b"]["c"], list(t["a"]), type(t["a"]["b"]).__name__)

# construction forms
print("kw", defaultdict(list, a=1, b=2))
print("mapping", defaultdict(set, {"k": {1}}))
print("pairs", defaultdict(None, [("p", 1)]))
print("factory as kw", defaultdict(default_factory=list))
print("none", defaultdict(None), defaultdict())
err("not callable", lambda: defaultdict(5))
err("not callable str", lambda: defaultdict("list"))
err("none factory missing", lambda: defaultdict()["k"])
err("none factory tuple key", lambda: defaultdict(None)[(1, 2)])
err("bad second", lambda: defaultdict(list, 5))

# changing the factory
d = defaultdict(int)
d.default_factory = list
d["l"].append(1)
d.default_factory = None
err("factory cleared", lambda: d["m"])
print("after clear", d)
d.default_factory = lambda: "x"
print("lambda", d["n"])

# the factory raising
def boom():
    raise ValueError("no default")
err("factory raises", lambda: defaultdict(boom)["k"])

# copy and union
src = defaultdict(list, a=[1])
cp = src.copy()
cp["b"].append(2)
print("copy", src, cp, type(cp).__name__, cp.default_factory)
cp2 = src.__copy__()
print("__copy__", cp2, cp2["a"] is src["a"])
print("or", defaultdict(int, a=1) | {"b": 2}, type(defaultdict(int) | {}).__name__)
print("ror", {"b": 2} | defaultdict(int, a=1), type({} | defaultdict(int)).__name__)
ior = defaultdict(int, a=1)
ior |= {"a": 5, "c": 3}
print("ior", ior)
print("eq", defaultdict(int, a=1) == {"a": 1}, {"a": 1} == defaultdict(list, a=1))
print("isinstance", isinstance(d, dict), issubclass(defaultdict, dict))
print("reduce", defaultdict(int, a=1).__reduce__()[:4])

class Sub(defaultdict):
    def __missing__(self, key):
        return key * 2
s = Sub(int)
print("subclass missing", s["ab"], len(s), s)

class Named(defaultdict):
    pass
print("subclass repr", Named(list, q=1), Named(list).copy().__class__.__name__)

rec = defaultdict(list)
rec["self"] = rec
print("self value", rec)
print("lambda repr prefix", repr(defaultdict(lambda: 0))[:32])
