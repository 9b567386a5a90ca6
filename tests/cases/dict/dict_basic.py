d = {"b": 2, "a": 1}
d["c"] = 3
print(d, len(d), d["a"], list(d), "a" in d, "z" not in d)
d["b"] = 20
print("update keeps position", d)
del d["b"]
d["b"] = 200
print("reinsert moves to end", d)
print(d.get("a"), d.get("zz"), d.get("zz", "default"))
print(d.setdefault("a", 999), d.setdefault("new", []), d)
d["new"].append(1)
print(d.pop("new"), d.pop("missing", "fallback"), d)
print(d.popitem(), d)
print(dict(), dict(a=1), dict([("x", 1), ("y", 2)]), dict({"k": 1}, extra=2), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), {}.fromkeys(range(2), "v"))
shared = dict.fromkeys("ab", [])
shared["a"].append(1)
print("fromkeys shares", shared)
d2 = {"x": 1}
d2.update({"y": 2}, z=3)
d2.update([("w", 4)])
print(d2)
c = d2.copy()
c["x"] = "changed"
print(d2["x"], c["x"])
d2.clear()
print(d2)
print({1: "a", True: "b", 1.0: "c"}, {(1, 2): "tuple key", None: "none key", frozenset(): "fs"})
print({"a": 1} == {"a": 1.0}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, {} == dict())
def err(label, fn):
    try:
        fn()
    except (KeyError, TypeError, ValueError) as e:
        print(label, type(e).__name__, repr(e), e)
err("missing", lambda: {}["nope"])
err("missing tuple", lambda: {}[(1, 2)])
err("missing int", lambda: {}[0])
err("unhashable", lambda: {[1]: 2})
err("pop missing", lambda: {}.pop("k"))
err("popitem empty", lambda: {}.popitem())
err("bad seq", lambda: dict([1, 2]))
err("bad pair", lambda: dict([(1, 2, 3)]))
err("compare", lambda: {} < {})
err("missing empty str", lambda: {}[""])
