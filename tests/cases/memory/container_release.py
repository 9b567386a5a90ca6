# Containers release their items when they die: last first (tuples and lists, as CPython's
# deallocators do), also when some items are shared, and without deep recursion for long
# chains whose links appear several times in each container.


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


shared = D("shared")
print("tuple of fresh objects")
t = (D("a"), D("b"), D("c"))
del t
print("list with a shared item")
l = [D("x"), shared, D("y")]
del l
print("tuple of the same object twice")
d = D("twice")
t = (d, d)
del d
print("dropping the tuple")
del t
print("tuple of ints and strs")
t = (1, "s", None, 2.5)
del t
print("nested")
t = ((D("inner1"),), [D("inner2")], D("outer"))
del t

# Long chains in which each link holds the next one several times.
t = None
for i in range(100000):
    t = (t, t)
del t
l = None
for i in range(100000):
    l = [l, l, l]
l = None
print("chains released")
print("end")
