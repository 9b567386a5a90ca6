a = [1, 2]
b = a
c = list(a)
print(id(a) == id(b), id(a) == id(c), a is b, a is not c)
x = object()
ids = {id(x)}
print(id(x) in ids, isinstance(id(x), int), id(x) > 0)
def same(obj):
    return id(obj)
print(same(a) == id(a))
print(None is None, True is not False, type(1) is int, int is type(2))
class K:
    pass
k1, k2 = K(), K()
print(k1 is k2, k1 is k1, k1 == k2, k1 != k2, k1.__eq__(k2), k1.__eq__(k1))
t1 = (1, 2)
t2 = t1
print(t1 is t2, t1 == (1, 2))
s = "text"
print(s is s, s == "te" + "xt")
lst = [[]] * 2
print(lst[0] is lst[1], [[] for _ in range(2)][0] is not [[] for _ in range(2)][1])
f = lambda: 0
g = f
print(f is g, (lambda: 0) is not f, f.__code__ is g.__code__)
print(a.append == a.append, a.append.__self__ is a)
