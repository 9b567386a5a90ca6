# json.dumps: errors (unserializable, bad keys, NaN, cycles) and default=, skipkeys.
import json


def show(label, func):
    try:
        print(label, func())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)


class Thing:
    def __init__(self, n):
        self.n = n


show("set", lambda: json.dumps({1, 2}))
show("bytes", lambda: json.dumps(b"x"))
show("object", lambda: json.dumps([1, Thing(2)]))
show("complex", lambda: json.dumps({"c": 1j}))
show("tuple key", lambda: json.dumps({(1, 2): 3}))
show("tuple key indent", lambda: json.dumps({(1, 2): 3}, indent=1))
show("skipkeys", lambda: json.dumps({(1, 2): 3, "ok": 4, frozenset(): 5}, skipkeys=True))
show("skipkeys first", lambda: json.dumps({(1,): 1, "a": 2}, skipkeys=True, indent=1))
show("nan strict", lambda: json.dumps([1.0, float("nan")], allow_nan=False))
show("inf strict indent", lambda: json.dumps([float("inf")], allow_nan=False, indent=2))
show("nan key strict", lambda: json.dumps({float("-inf"): 1}, allow_nan=False))
show("finite ok strict", lambda: json.dumps([1.5], allow_nan=False))
show("default", lambda: json.dumps([Thing(3), {1, 2}],
                                   default=lambda o: o.n if isinstance(o, Thing) else sorted(o)))
show("default nested", lambda: json.dumps(Thing(Thing(4)), default=lambda o: {"n": o.n}))
show("default raises", lambda: json.dumps(Thing(1), default=lambda o: 1 / 0))

cycle = [1]
cycle.append(cycle)
show("list cycle", lambda: json.dumps(cycle))
d = {"a": {}}
d["a"]["back"] = d
show("dict cycle", lambda: json.dumps(d))
show("dict cycle indent", lambda: json.dumps(d, indent=2))
shared = [1, 2]
show("shared not a cycle", lambda: json.dumps([shared, shared, {"s": shared}]))


class Loop:
    pass


show("default cycle", lambda: json.dumps(Loop(), default=lambda o: [o]))
try:
    json.dumps(cycle, check_circular=False)
except RecursionError:
    print("no check -> RecursionError")
show("bad indent type", lambda: json.dumps([1], indent=2.5))
show("unexpected kwarg", lambda: json.dumps([1], colour=True))
