class C:
    def __len__(self):
        return 5
c = C()
c.__len__ = lambda: 100
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__add__ = lambda other: "instance add"
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
D.__add__ = lambda self, other: "class add"
print(d + 1)
class E:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 7
        raise AttributeError(name)
try:
    len(E())
except TypeError as e:
    print(type(e).__name__, e)
print(E().__len__())
class F:
    def __iter__(self):
        return iter([1, 2])
f = F()
f.__iter__ = lambda: iter([9])
print(list(f))
class G:
    def __eq__(self, other):
        return "class eq"
g = G()
print(g == 1, G.__eq__(g, 1))
class H:
    __hash__ = None
    def __bool__(self):
        return False
print(bool(H()), H.__hash__)
print(type(c).__len__(c), C.__dict__["__len__"](c))
