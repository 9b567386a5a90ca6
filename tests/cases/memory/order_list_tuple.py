# The order in which items of a list or tuple are destroyed when the container goes away,
# is cleared, sliced away or popped.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

print("list dropped")
l = [D("l0"), D("l1"), D("l2")]
del l
print("tuple dropped")
t = (D("t0"), D("t1"), D("t2"))
del t
print("list cleared")
l = [D("c0"), D("c1"), D("c2")]
l.clear()
print("slice deleted")
l = [D("s0"), D("s1"), D("s2"), D("s3")]
del l[1:3]
print("slice assigned")
l[:] = [D("new")]
print("pop middle")
l = [D("p0"), D("p1"), D("p2")]
l.pop(1)
print("remove")
x = l[0]
l.remove(x)
del x
print("list *= 0")
l = [D("m0"), D("m1")]
l *= 0
print("list rebound")
l = [D("r0"), D("r1")]
l = None
print("tuple inside list")
l = [(D("a0"), D("a1")), D("b")]
del l
print("done")
