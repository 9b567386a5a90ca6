from collections import OrderedDict

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
print("repr", od, repr(OrderedDict()))
print("list", list(od), list(od.keys()), list(od.values()), list(od.items()))
print("views", od.keys(), od.values(), od.items())
od.move_to_end("b")
print("move_to_end", od)
od.move_to_end("b", last=False)
print("move_to_end first", od)
od.move_to_end("c", False)
print("move_to_end first again", od)
od.move_to_end("a", True)
print("move last", od)
err("move missing", lambda: od.move_to_end("zz"))
print("popitem", od.popitem(), od)
print("popitem first", od.popitem(last=False), od)
print("popitem false-ish", OrderedDict(x=1, y=2).popitem(0))
od.clear()
err("popitem empty", lambda: od.popitem())
err("popitem empty first", lambda: od.popitem(last=False))

# order-sensitive equality between OrderedDicts only
a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
print("od vs od", a == b, a != b, a == OrderedDict(a), a != OrderedDict(a))
print("od vs dict", a == {"y": 2, "x": 1}, {"y": 2, "x": 1} == b, a != dict(b))
print("od vs other", a == [("x", 1), ("y", 2)], a != 5)
print("values differ", OrderedDict(x=1) == OrderedDict(x=2))

# constructors
print("pairs", OrderedDict([("k", 1), ("j", 2)]))
print("kw", OrderedDict(one=1, two=2))
print("both", OrderedDict([("a", 1)], a=2, b=3))
print("from od", OrderedDict(OrderedDict(z=0, y=1)))
print("strings", OrderedDict(["ab", "cd"]))
print("fromkeys", OrderedDict.fromkeys("xyz"), OrderedDict.fromkeys([1, 2], 0))
err("not iterable", lambda: OrderedDict(1))
err("bad pair 0", lambda: OrderedDict([()]))
err("bad pair 1", lambda: OrderedDict([(1,)]))
err("bad pair 3", lambda: OrderedDict([(1, 2, 3)]))
err("two args", lambda: OrderedDict({}, {}))
err("update two args", lambda: OrderedDict().update({}, {}))

# dict methods keep working
o = OrderedDict(a=1, b=2, c=3)
print("get", o.get("a"), o.get("z"), o.get("z", 0), "b" in o, len(o))
print("pop", o.pop("b"), o.pop("zz", "dflt"), o)
err("pop missing", lambda: o.pop("zz"))
print("setdefault", o.setdefault("d", 4), o.setdefault("a", 100), o)
o["a"] = 10
print("update value keeps position", o)
del o["a"]
o["a"] = 11
print("reinsert goes last", o)
o.update([("e", 5)], f=6)
o.update({"c": 30})
print("update", o)
print("copy", o.copy(), type(o.copy()).__name__, o.copy() is o)
print("or", OrderedDict(a=1) | {"b": 2}, {"b": 2} | OrderedDict(a=1))
print("or types", type(OrderedDict() | {}).__name__, type({} | OrderedDict()).__name__)
io = OrderedDict(a=1)
io |= [("z", 26)]
print("ior", io)
print("reversed", list(reversed(o)), list(reversed(o.items()))[:2], list(reversed(o.values())))
print("isinstance", isinstance(o, dict), issubclass(OrderedDict, dict))
selfref = OrderedDict(a=1)
selfref["me"] = selfref
print("recursive", selfref)
print("attrs", OrderedDict().__dict__, OrderedDict.__module__)
