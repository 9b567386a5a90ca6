# Inserting and deleting different keys over and over: deleted slots must not fill the
# table (a lookup of a missing key would never end).
d = {}
for i in range(5000):
    d[i] = i
    del d[i]
print("ints", len(d), 17 in d, d.get(4999, "missing"))
s = {}
for i in range(3000):
    s["k%d" % i] = i
    del s["k%d" % i]
print("strs", len(s), "k5" in s, s.get("k2999", "missing"))
t = {}
for i in range(2000):
    t[(i, i)] = i
    if i % 4:
        del t[(i - 1, i - 1)]
print("tuples", len(t), sum(t.values()), (4, 4) in t)
small = {}
for i in range(100):
    small[i] = 1
    small.pop(i)
    small[-i] = 2
    del small[-i]
print("small", small, list(small.items()))
st = set()
for i in range(4000):
    st.add(i)
    st.discard(i)
print("set", len(st), 3 in st)
