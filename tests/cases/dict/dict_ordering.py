d = {}
for k in [5, 3, 9, 1]:
    d[k] = k * k
print(d, list(d))
d[3] = "updated"
print(d)
del d[5]
d[5] = "re-added"
print(d)
print(d.popitem(), d)
d2 = {"z": 1, "a": 2}
d2["m"] = 3
print(list(d2), list(d2.values()))
print({**d2, "a": "over"}, {"a": "first", **d2})
merged = {}
for src in ({"x": 1}, {"y": 2}, {"x": 3}):
    merged.update(src)
print(merged)
ints = {i: str(i) for i in range(10, 0, -1)}
print(ints)
ints.pop(5)
ints[5] = "five"
print(list(ints))
print(dict.fromkeys([3, 1, 3, 2]))
print(list({True: 1, 1: 2, 1.0: 3}.items()))
for k in list(ints)[:3]:
    del ints[k]
print(ints)
