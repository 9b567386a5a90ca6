a = b = c = 5
print(a, b, c)
a, b = b, a + 1
print("swap", a, b)
x, y, z = "xyz"
print(x, y, z)
(p, q), r = [1, 2], 3
print(p, q, r)
lst = [0, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
d = {}
d["a"], d["b"] = 1, 2
print(d)
class O: pass
o = O()
o.x, o.y = (10, 20)
print(o.x, o.y)
i = 0
arr = [0, 0, 0]
i, arr[i] = 2, "set"
print(i, arr)
seq = list(range(6))
seq[1:3] = ["a", "b", "c"]
print(seq)
seq[::2] = [0, 0, 0, 0][:len(seq[::2])]
print(seq)
try:
    seq[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
seq[:] = []
print(seq)
n = [1, 2, 3]
n[1:1] = [9, 9]
print(n)
n[-1:] = "xy"
print(n)
for k, v in {"one": 1}.items():
    print(k, v)
a = [1, 2]
b = a
a = a + [3]
print(a, b)
x: int = 5
y: list
print(x, "y" in dir())
print(__annotations__)
