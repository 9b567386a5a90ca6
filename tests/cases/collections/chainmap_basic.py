from collections import ChainMap

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {"size": 3}
cm = ChainMap(cli, env, defaults)
print("repr", cm)
print("lookup", cm["color"], cm["user"], cm["size"])
print("order", list(cm), len(cm), sorted(cm.items()))
print("get", cm.get("user"), cm.get("nope"), cm.get("nope", "d"))
print("contains", "color" in cm, "nope" in cm, bool(cm), bool(ChainMap({}, {})))
err("missing", lambda: cm["nope"])

cm["color"] = "blue"
print("write goes first", cli, defaults["color"], cm["color"])
del cm["color"]
print("delete first", cm["color"])
err("delete not first", lambda: cm.__delitem__("user"))
print("pop", cm.pop("size"), cm["size"])
err("pop missing", lambda: cm.pop("size"))
print("pop default", cm.pop("size", "dflt"))
err("popitem empty first", lambda: cm.popitem())
cm["k"] = 1
print("popitem", cm.popitem())
cm["z"] = 26
cm.clear()
print("clear first only", cm)

child = cm.new_child()
child["user"] = "child"
print("new_child", child, child["user"], cm["user"])
print("new_child map", cm.new_child({"a": 1}))
print("new_child kw", cm.new_child(b=2), cm.new_child({"c": 3}, d=4))
print("parents", child.parents, child.parents.parents.parents)
print("maps", len(child.maps), child.maps[0], child.maps[-1] is defaults)

print("empty", ChainMap(), ChainMap().maps)
print("fromkeys", ChainMap.fromkeys("ab"), ChainMap.fromkeys("ab", 0))
cp = cm.copy()
cp["new"] = 1
print("copy", cp, "new" in cm, cp.maps[1] is cm.maps[1])

print("or", ChainMap({"a": 1}, {"b": 2}) | {"a": 9, "c": 3})
print("ror", {"z": 0, "b": 5} | ChainMap({"a": 1}, {"b": 2}))
io = ChainMap({"a": 1}, {"b": 2})
io |= {"b": 3}
print("ior", io)
print("eq", ChainMap({"a": 1}, {"a": 2}) == {"a": 1}, ChainMap({"a": 1}) == ChainMap({}, {"a": 1}))
print("setdefault", io.setdefault("q", 7), io.setdefault("b", 0), io)
io.update({"u": 1}, v=2)
print("update", io)
print("keys", list(io.keys()), list(io.values()), list(io.items()))

# the classic scope lookup
builtins_ = {"len": "builtin len", "print": "builtin print"}
globals_ = {"x": 1, "len": "global len"}
locals_ = {"x": 2}
scope = ChainMap(locals_, globals_, builtins_)
print("scopes", scope["x"], scope["len"], scope["print"])

class DefaultChain(ChainMap):
    def __missing__(self, key):
        return f"<{key}>"
dc = DefaultChain({"a": 1})
print("missing hook", dc["a"], dc["b"], dc.get("b"), "b" in dc)
rec = ChainMap({})
rec.maps[0]["me"] = rec
print("recursive", rec)
err("delete missing", lambda: ChainMap({}).__delitem__(5))
