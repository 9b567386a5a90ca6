d = dict(a=1, b=2, c=3)
print(list(d.items()), d.get("b", 0), d.pop("c"), d)
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
d.update(b=20, e=5)
print(d, len(d), sorted(d), sorted(d.values(), reverse=True))
print({k: v for k, v in d.items() if v > 4})
print(dict(sorted(d.items(), key=lambda kv: kv[1])))
print(list(reversed(d)), list(reversed(d.items()))[:2])
print(d == dict(d), d is not d.copy(), dict.fromkeys(d, 0))
keys = ["x", "y", "z"]
print(dict(zip(keys, range(3))), dict(enumerate(keys)))
e = {}
for k in "hello":
    e[k] = e.setdefault(k, 0) + 1
print(e)
print(max(e.items(), key=lambda kv: kv[1]), min(e, key=e.get))
print("a" in d.keys(), 20 in d.values(), ("b", 20) in d.items())
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("x", {}).get("y", "deep default"))
print(repr({"quote'": "dq\"", 1.5: None, (1, 2): [3], None: True}))
print({1: 1, 2: 2}.keys() - {1}, {1: 1}.keys() | {2}, type({}.keys() & set()).__name__)
