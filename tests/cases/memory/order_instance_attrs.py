# The order in which the attributes of an instance (plain __dict__, materialised __dict__,
# __slots__) are destroyed when the instance goes away.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Plain:
    def __init__(self):
        self.a = D("a")
        self.b = D("b")
        self.c = D("c")

print("plain instance")
p = Plain()
del p

print("attributes added later, one replaced")
p = Plain()
p.d = D("d")
p.b = D("b2")
del p

print("dict accessed")
p = Plain()
p.__dict__["z"] = D("z")
del p

print("slots")
class Slotted:
    __slots__ = ("x", "y", "z")
    def __init__(self):
        self.z = D("z")
        self.x = D("x")
        self.y = D("y")
s = Slotted()
del s

print("slots subclass")
class More(Slotted):
    __slots__ = ("w",)
    def __init__(self):
        super().__init__()
        self.w = D("w")
m = More()
del m

print("instance with its own __del__")
class Owner:
    def __init__(self):
        self.first = D("first")
        self.second = D("second")
    def __del__(self):
        print("  owner del, sees", self.first.name, self.second.name)
o = Owner()
del o

print("delattr")
p = Plain()
del p.b
print("after delattr")
del p
print("done")
