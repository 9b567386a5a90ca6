from collections import OrderedDict

def during(label, mutate, view=lambda od: od):
    od = OrderedDict(a=1, b=2, c=3)
    it = iter(view(od))
    first = next(it)
    mutate(od)
    try:
        rest = list(it)
    except RuntimeError as e:
        print(label, first, "RuntimeError", e)
    else:
        print(label, first, "ok", rest)

during("add", lambda od: od.__setitem__("d", 4))
during("delete", lambda od: od.__delitem__("c"))
during("move_to_end", lambda od: od.move_to_end("a"))
during("move_to_end first", lambda od: od.move_to_end("c", last=False))
during("update value", lambda od: od.__setitem__("b", 20))
during("pop", lambda od: od.pop("b"))
during("popitem", lambda od: od.popitem())
during("clear", lambda od: od.clear())
during("keys add", lambda od: od.__setitem__("d", 4), lambda od: od.keys())
during("values add", lambda od: od.__setitem__("d", 4), lambda od: od.values())
during("items move", lambda od: od.move_to_end("a"), lambda od: od.items())
during("items value", lambda od: od.__setitem__("c", 0), lambda od: od.items())

# the views
o = OrderedDict([("x", 1), ("y", 2), ("z", 3)])
k, v, i = o.keys(), o.values(), o.items()
print("lens", len(k), len(v), len(i))
print("contains", "x" in k, "q" in k, 2 in v, 9 in v, ("y", 2) in i, ("y", 3) in i)
print("set ops", sorted(k & {"x", "q"}), sorted(k | {"q"}), sorted(k - {"x"}), sorted(k ^ {"x", "w"}))
print("set eq", k == {"x", "y", "z"}, k == {"x"}, i == {("x", 1), ("y", 2), ("z", 3)})
print("reflected", sorted({"x", "w"} & k), sorted(["q"] + list(k)))
print("disjoint", k.isdisjoint(["a", "b"]), k.isdisjoint("xa"))
print("subset", k <= {"x", "y", "z", "w"}, k < {"x", "y"})
o["w"] = 0
print("views are live", list(k), list(v), list(i)[-1])
print("reversed views", list(reversed(k)), list(reversed(v)), list(reversed(i)))
print("view types", type(k).__name__, type(v).__name__, type(i).__name__)

# an LRU cache built on move_to_end/popitem
class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()
    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]
    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            self.data.popitem(last=False)

cache = LRU(3)
for key in "abcad":
    cache.put(key, key.upper())
print("lru", list(cache.data.items()))
print("lru get", cache.get("c"), cache.get("b"), list(cache.data))
cache.put("e", "E")
print("lru after", list(cache.data))

# a subclass that overrides __setitem__ is used by the constructor and update
class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated([("a", 1), ("b", 2), ("c", 3)])
lu["a"] = 10
print("last updated", lu)
lu.update(b=20)
print("last updated update", lu)
print("subclass copy", lu.copy(), type(lu.copy()).__name__)

# sorting a dict into an OrderedDict
scores = {"bob": 3, "amy": 5, "cat": 1}
by_score = OrderedDict(sorted(scores.items(), key=lambda kv: kv[1]))
print("sorted", by_score, next(iter(by_score)), next(reversed(by_score)))
