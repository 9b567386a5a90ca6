x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)

lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    del lst[100]
except IndexError as e:
    print(type(e).__name__, e)

class O:
    pass
o = O()
o.attr = 1
del o.attr
print(hasattr(o, "attr"))
try:
    del o.attr
except AttributeError as e:
    print(type(e).__name__, e)

a, b, c = 1, 2, 3
del a, b
print("c", c, "a" in dir(), "b" in dir())
p, q = [1], [2]
del (p, q)
print("p" in dir())
m = [[1, 2], [3, 4]]
del m[0][1], m[1]
print(m)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "abc"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)

def f():
    v = 1
    del v
    return "v" in locals()
print(f())
