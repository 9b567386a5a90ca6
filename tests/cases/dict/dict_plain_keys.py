# Keys whose hash and == need no Python code take a fast path; keys that do must still
# run their Python methods, in the same order, with the same results.
calls = []

class K:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        calls.append(("hash", self.v))
        return hash(self.v)
    def __eq__(self, other):
        calls.append(("eq", self.v))
        return isinstance(other, K) and other.v == self.v or other == self.v

class S(str):
    def __hash__(self):
        calls.append(("S.hash", str(self)))
        return hash(str(self))
    def __eq__(self, other):
        calls.append(("S.eq", str(self)))
        return str(self) == other

d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print("numeric alias", d, len(d))
d[(1, "a")] = "tuple"
print("tuple same", d[(1.0, "a")], (True, "a") in d, (1, "b") in d)
d[(1, (2, 3))] = "nested"
print("nested", d[(1, (2, 3))], (1, (2, 4)) in d)
d[K(5)] = "k5"
print("K in", 5 in d, d[5], calls)
calls.clear()
d[(K(7), 1)] = "tk"
print("tuple with K", (7, 1) in d, calls)
calls.clear()
d[S("x")] = "S"
print("S lookups", d["x"], "x" in d, calls)
calls.clear()
d["x"] = "plain over S"
print("after plain store", d[S("x")], len(d), calls)
nan = float("nan")
d[nan] = "nan"
print("nan", nan in d, float("nan") in d)
print("big", {2**70: 1}[2**70], (2**70, 1) in {(2**70, 1): 0})
print("bytes", {b"ab": 1}[b"ab"], {(b"ab",): 2}[(b"ab",)])
try:
    d[(1, [2])]
except TypeError as e:
    print("unhashable", e)
try:
    d[[1]] = 2
except TypeError as e:
    print("unhashable store", e)
try:
    print(d[(9, 9)])
except KeyError as e:
    print("missing", repr(e))
print("not in", (9, 9) not in d, 1 not in d)

class D(dict):
    def __getitem__(self, k):
        return ("D", k)
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 2)
    def __contains__(self, k):
        return k == "always"
    def __missing__(self, k):
        return "missing"

e = D()
e[1] = 10
print("subclass", e[1], e[(2, 3)], dict.__getitem__(e, 1), "always" in e, 1 in e)

class M(dict):
    def __missing__(self, k):
        return ("M", k)

m = M(a=1)
print("missing hook", m["a"], m[(1, 2)], m[3])
counts = {}
for w in "a b a c b a".split():
    counts[w] = counts.get(w, 0) + 1
table = {}
for i in range(5):
    for j in range(3):
        table[(i, j)] = table.get((i - 1, j), 0) + i * j
print("counts", counts, "table", sum(table.values()), table[(4, 2)])
