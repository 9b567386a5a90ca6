print({k: k * k for k in range(5)})
print({v: k for k, v in {"a": 1, "b": 2}.items()})
print({k: v for k, v in zip("abc", range(3)) if v})
print({x % 3: x for x in range(10)})
print({c: "abcabc".count(c) for c in "abcabc"})
print({x for x in range(10) if x % 3 == 0})
print({x % 4 for x in range(100)})
print({(x, x * 2) for x in range(3)} == {(0, 0), (1, 2), (2, 4)})
print(sorted({w.lower() for w in "The the THE a A".split()}))
print({n: [m for m in range(n)] for n in range(4)})
print({n: {m: m * n for m in range(2)} for n in range(2)})
try:
    {[]: 1 for _ in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[x] for x in range(1)}
except TypeError as e:
    print(type(e).__name__, e)
d = {i: i for i in range(3)}
d2 = {k: d[k] + 1 for k in d}
print(d2)
print(type({x for x in ()}).__name__, type({x: x for x in ()}).__name__)
order = []
def key(k):
    order.append("k" + str(k))
    return k
def val(v):
    order.append("v" + str(v))
    return v
{key(i): val(i) for i in range(2)}
print("eval order", order)
