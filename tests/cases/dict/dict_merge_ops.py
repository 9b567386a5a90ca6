a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a.copy()
c |= b
print(c)
c |= [("w", 0)]
print(c)
print({**a, **b}, {**b, "y": "explicit"}, {"y": "first", **b})
try:
    a | [("k", 1)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
print(dict(a, **b), dict(**a))
nested = {"outer": {"inner": [1, 2]}}
copy = dict(nested)
copy["outer"]["inner"].append(3)
print(nested)
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {v: k for k, v in counts.items()}
print(inverted)
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(max(counts, key=counts.get), min(counts.values()))
