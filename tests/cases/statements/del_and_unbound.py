def f():
    a = 1
    b = [1, 2, 3]
    del b[0]
    print("b", b)
    del a
    try:
        print(a)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    a = "rebound"
    return a
print(f())
def g():
    try:
        del undefined_local
    except NameError as e:
        print(type(e).__name__, e)
g()
x = [1, 2, 3, 4, 5]
del x[1:4:2]
print(x)
d = {i: i for i in range(5)}
for k in [1, 3]:
    del d[k]
print(d)
class C:
    attr = 1
del C.attr
print(hasattr(C, "attr"))
obj = C()
obj.v = 1
del obj.v
try:
    del obj.v
except AttributeError as e:
    print(type(e).__name__, e)
for i in range(3):
    pass
del i
print("i" in dir())
lst = [[1, 2], [3, 4]]
del lst[0][0], lst[1]
print(lst)
