# Nested containers release their contents recursively.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- list of lists")
outer = [[Noisy("a0"), Noisy("a1")], [Noisy("b0"), Noisy("b1")]]
del outer
print("after list of lists")

print("-- tuple inside list inside dict")
d = {"x": [(Noisy("x0"), Noisy("x1")), Noisy("x2")], "y": Noisy("y")}
del d
print("after dict nest")

print("-- inner container kept alive")
outer = [[Noisy("keep0"), Noisy("keep1")], [Noisy("drop0")]]
inner = outer[0]
del outer
print("outer gone, inner has", [n.name for n in inner])
del inner
print("after inner")

print("-- objects owning objects")


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print("del node", self.name)


chain = Node("root", Node("mid", Node("leaf")))
del chain
print("after chain")

print("-- object holding a list of objects")
owner = Node("owner", [Node("c0"), Node("c1"), Node("c2")])
owner = None
print("after owner")

print("-- deep nesting")
deep = Noisy("bottom")
for i in range(5):
    deep = [deep, i]
print("built deep")
deep = None
print("after deep")

print("-- dict of dicts")
dd = {1: {"a": Noisy("d1a"), "b": Noisy("d1b")}, 2: {"a": Noisy("d2a")}}
dd[1] = None
print("replaced inner dict 1")
dd = None
print("end")
