s = set()
for i in range(12):
    s.add(i * 11)
    print(len(s), s)
t = set(range(100))
for i in range(0, 100, 2):
    t.discard(i)
print(t)
t.update(range(200, 240, 4))
print(t)
u = {i * 1024 for i in range(9)}
print(u)
v = set()
for x in [9, 1, 17, 25, 33, 41, 2, 10]:
    v.add(x)
print(v)
v.remove(17)
v.add(49)
print(v)
print(set([100, 1, 10]) | set(range(5)))
print({(i, -i) for i in range(4)})
w = frozenset(range(30, -30, -7))
print(w)
print(set("") | {0}, {-1} | {2 ** 61 - 2, 2 ** 61, 2 ** 61 + 1})
