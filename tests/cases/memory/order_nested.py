# Nested containers are destroyed depth-first: an inner container's items die when the inner
# container dies, in the middle of the outer container's teardown.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

print("list of lists")
data = [[D("a0"), D("a1")], [D("b0"), D("b1")]]
del data

print("dict of lists")
data = {"x": [D("x0"), D("x1")], "y": [D("y0")]}
del data

print("instance holding containers")
class Holder:
    def __init__(self):
        self.items = [D("i0"), D("i1")]
        self.meta = {"m": D("meta")}
        self.pair = (D("p0"), D("p1"))
h = Holder()
del h

print("shared inner list")
inner = [D("shared")]
outer = [inner, inner]
del inner
print("  inner name gone")
del outer

print("tree")
class Node(D):
    def __init__(self, name, *children):
        super().__init__(name)
        self.children = list(children)
tree = Node("root", Node("left", Node("ll"), Node("lr")), Node("right"))
del tree

print("deep chain")
chain = None
for i in range(5):
    chain = [D("link%d" % i), chain]
del chain
print("done")
