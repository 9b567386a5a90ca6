from collections import Counter

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

c = Counter("abracadabra")
print("repr", c)
print("missing is zero", c["z"], "z" in c, len(c))
print("most_common", c.most_common(), c.most_common(2), c.most_common(0), c.most_common(-1))
print("most_common big", c.most_common(100) == c.most_common())
print("elements", "".join(c.elements()), sorted(Counter(a=2, b=0, c=-1).elements()))
print("total", c.total(), Counter().total(), Counter(a=-2, b=5).total())
print("keys order", list(c), list(c.values()))

words = "the cat and the hat and the bat".split()
wc = Counter(words)
print("words", wc, wc["the"], wc.most_common(1))
print("ties keep first-seen order", Counter("bbaacc").most_common())

print("from mapping", Counter({"x": 3, "y": 1}))
print("from kw", Counter(cats=4, dogs=8))
print("both", Counter("aa", b=2))
print("empty", Counter(), repr(Counter()), Counter(""))
print("iterable of ints", Counter([1, 2, 2, 3, 3, 3]))
print("floats", Counter(a=1.5, b=0.5), Counter(a=1.5, b=0.5).most_common(1))
print("unorderable", Counter(a="x", b=1))

u = Counter("aab")
u.update("abc")
print("update iter", u)
u.update({"a": 10, "z": 1})
print("update mapping", u)
u.update(Counter(b=-5))
print("update counter", u)
u.update(q=2)
print("update kw", u)
u.update()
print("update nothing", u)
s = Counter(a=4, b=2, c=0, d=-2)
s.subtract(Counter(a=1, b=2, c=3, d=4))
print("subtract", s)
s.subtract("aaz")
print("subtract iter", s)
s.subtract(b=1)
print("subtract kw", s)

d = Counter("xyz")
del d["x"]
del d["not there"]
print("del", d)
d["w"] = 0
print("zero kept", d, len(d))
d["y"] += 5
print("augment", d)

err("fromkeys", lambda: Counter.fromkeys("ab"))
err("not iterable", lambda: Counter(5))
err("two positional", lambda: Counter("a", "b"))
err("update int", lambda: Counter().update(5))
err("unhashable", lambda: Counter([[1]]))

cp = c.copy()
cp["a"] = 0
print("copy", type(cp).__name__, c["a"], cp["a"])
print("reduce", Counter(a=1).__reduce__())
print("dict ops", dict(Counter("aab")), sorted(Counter("cab")), max(Counter("abbccc").items(), key=lambda kv: kv[1]))

class Tally(Counter):
    pass
t = Tally("hello")
print("subclass", t, type(t.copy()).__name__, t.most_common(1))
print("isinstance", isinstance(c, dict))
