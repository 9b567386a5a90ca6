d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
print(type(k).__name__, type(v).__name__, type(it).__name__)
d["d"] = 4
print("live", list(k), list(v), len(it))
print("a" in k, 4 in v, ("a", 1) in it, ("a", 2) in it)
print(k & {"a", "z"} == {"a"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(it & {("a", 1)}, k == {"a", "b", "c", "d"}, k.isdisjoint({"x"}))
print(list(reversed(k)), list(reversed(v)), list(reversed(it)))
print(sorted(v), sum(v), max(k))
print(k.mapping is d if hasattr(k, "mapping") else "no mapping", dict(it) == d)
try:
    v == v
    print("values eq", v == v, d.values() == d.values())
except Exception as e:
    print(e)
try:
    k[0]
except TypeError as e:
    print(type(e).__name__, e)
e = {}
print(e.keys(), e.values(), e.items(), list(e))
for key, val in d.items():
    print(key, "->", val)
print([key for key in d], list(iter(d)), next(iter(d.values())))
