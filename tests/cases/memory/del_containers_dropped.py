# Objects inside a container are released when the container goes; the order follows CPython.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- list dropped")
lst = [Noisy("l0"), Noisy("l1"), Noisy("l2")]
del lst
print("after list")

print("-- tuple dropped")
tup = (Noisy("t0"), Noisy("t1"), Noisy("t2"))
del tup
print("after tuple")

print("-- dict values dropped")
d = {"a": Noisy("va"), "b": Noisy("vb"), "c": Noisy("vc")}
del d
print("after dict")

print("-- dict with object keys and values")


class K:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return len(self.name)

    def __eq__(self, other):
        return self is other

    def __del__(self):
        print("del key", self.name)


d = {K("k1"): Noisy("v1"), K("kk2"): Noisy("v2")}
del d
print("after keyed dict")

print("-- dict after deletions and re-insertions")
d = {}
d[1] = Noisy("one")
d[2] = Noisy("two")
d[3] = Noisy("three")
d[1] = Noisy("one-b")
tmp = d.pop(2)
d[2] = tmp
del tmp
print("dict order", list(d))
del d
print("after dict 2")

print("-- list built with append and insert")
lst = []
lst.append(Noisy("A"))
lst.append(Noisy("B"))
lst.insert(0, Noisy("C"))
print("order", [x.name for x in lst])
lst = None
print("after appended list")

print("-- list after sort and reverse")
lst = [Noisy("m"), Noisy("z"), Noisy("a")]
lst.sort(key=lambda n: n.name)
print("sorted", [x.name for x in lst])
lst = None
print("after sorted list")
lst = [Noisy("r0"), Noisy("r1"), Noisy("r2")]
lst.reverse()
lst = None
print("after reversed list")

print("-- list with the same object twice")
n = Noisy("twice")
lst = [n, Noisy("once"), n]
del n
lst = None
print("after duplicate list")

print("-- set of one object")
s = {Noisy("only-in-set")}
s = None
print("after set")

print("-- containers in a function local")


def scope():
    items = [Noisy("f0"), Noisy("f1")]
    t = (Noisy("g0"), Noisy("g1"))
    print("leaving scope")


scope()
print("end")
