a = list(range(10))
print(a[2:5], a[:3], a[-3:], a[::3], a[::-1], a[8:2:-2], a[-100:100], a[5:1], a[1:-1:4])
b = a[:]
b[2:5] = ["x"]
print(b)
b[1:1] = [10, 11]
print(b)
b[:] = "abc"
print(b)
c = list(range(10))
c[::2] = ["e"] * 5
print(c)
try:
    c[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
d = list(range(10))
del d[::3]
print(d)
d[len(d):] = [99]
print(d)
e = [1, 2, 3]
e[5:10] = [4]
print(e)
e[-1:-1] = ["before last"]
print(e)
f = list(range(5))
f[3:1] = ["inserted"]
print(f)
try:
    f[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
g = list(range(6))
g[::-2] = "abc"
print(g)
s = slice(1, 5, 2)
print(a[s], s.start, s.stop, s.step, s.indices(3), slice(None).indices(10), slice(-2, None, -1).indices(10))
print(a[slice(3)], repr(slice(1, 2)), slice(1, 2) == slice(1, 2))
h = [0, 1, 2]
h[1:2] = h
print(h)
