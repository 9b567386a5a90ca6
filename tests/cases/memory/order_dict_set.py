# The order in which keys and values of a dict, and members of a set, are destroyed.
class D:
    def __init__(self, name, h=0):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
    def __del__(self):
        print("  del", self.name)

print("dict values")
d = {"a": D("va"), "b": D("vb"), "c": D("vc")}
del d
print("dict keys and values")
d = {D("k1", 1): D("v1"), D("k2", 2): D("v2")}
del d
print("dict clear")
d = {1: D("x1"), 2: D("x2")}
d.clear()
print("dict pop")
d = {1: D("y1"), 2: D("y2"), 3: D("y3")}
d.pop(2)
print("dict popitem")
d.popitem()
print("dict overwrite")
d[1] = D("y1-new")
print("dict del")
del d
print("set by hash order")
s = {D("h3", 3), D("h1", 1), D("h2", 2)}
del s
print("set discard")
a = D("one", 1)
s = {a, D("two", 2)}
del a
s.pop()
print("set clear")
s.clear()
print("frozenset")
f = frozenset([D("f2", 2), D("f1", 1)])
del f
print("dict comprehension")
d = {i: D("comp%d" % i) for i in range(3)}
d = {}
print("done")
