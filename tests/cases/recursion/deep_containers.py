nested = []
cur = nested
for _ in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
try:
    repr(nested)
except RecursionError as e:
    print("repr", type(e).__name__, e)
try:
    nested == [[[]]] or print("eq shallow fine")
    deep2 = []
    c2 = deep2
    for _ in range(100000):
        n2 = []
        c2.append(n2)
        c2 = n2
    nested == deep2
except RecursionError as e:
    print("eq", type(e).__name__, e)
t = ()
for _ in range(50):
    t = (t,)
print("hash of 50-deep tuple", hash(t))
d = {}
cur = d
for _ in range(100000):
    cur["k"] = {}
    cur = cur["k"]
try:
    str(d)
except RecursionError as e:
    print("dict str", type(e).__name__, e)
small = [[[[1]]]]
print(repr(small), small == [[[[1]]]])
del nested, deep2, t, d
print("freed deep structures without crashing")
