# `del a, b, c` destroys in left-to-right order; rebinding a name builds the new object before
# the old one dies; tuple-unpacking assignment and augmented assignment too.
class D:
    def __init__(self, name):
        self.name = name
        print("  init", name)
    def __del__(self):
        print("  del", self.name)

print("del several")
a, b, c = D("a"), D("b"), D("c")
del a, b, c
print("del reversed")
a, b, c = D("a"), D("b"), D("c")
del c, b, a
print("rebind")
x = D("old")
x = D("new")
print("rebind done")
print("swap-like rebinding")
x, y = D("x1"), D("y1")
x, y = D("x2"), D("y2")
print("unpack done")
print("chained assignment")
p = q = D("shared")
p = D("p2")
print("  p rebound, shared still alive via q")
q = D("q2")
print("chained done")
print("del list element and name")
lst = [D("e0"), D("e1")]
e = lst[0]
del lst[0], e
print("  after del")
print("del dict entries")
dd = {"k1": D("d1"), "k2": D("d2")}
del dd["k2"], dd["k1"]
print("del attr")
class Box:
    pass
box = Box()
box.one, box.two = D("one"), D("two")
del box.two, box.one
print("augmented assignment")
class Acc(D):
    def __add__(self, other):
        return Acc(self.name + "+")
acc = Acc("acc")
acc += 1
print("aug done")
print("globals at end")
del x, y, p, q, acc
print("done")
