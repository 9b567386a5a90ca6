# Attribute rebinding and deletion drops the old value.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class Box:
    pass


print("-- obj.attr = None")
box = Box()
box.item = Noisy("i1")
box.item = None
print("after box.item = None")

print("-- obj.attr replaced")
box.item = Noisy("i2")
box.item = Noisy("i3")
print("after replacement:", box.item.name)

print("-- del obj.attr")
del box.item
print("after del box.item", hasattr(box, "item"))

print("-- setattr / delattr")
setattr(box, "x", Noisy("x1"))
setattr(box, "x", Noisy("x2"))
print("after setattr twice")
delattr(box, "x")
print("after delattr")

print("-- dropping the owner drops attributes")
box.a = Noisy("a")
box.b = Noisy("b")
box = None
print("after box = None")

print("-- __dict__ manipulation")
box = Box()
box.y = Noisy("y")
box.__dict__["y"] = Noisy("y2")
print("after __dict__ replace:", box.y.name)
box.__dict__.pop("y")
print("after __dict__.pop")
box.z = Noisy("z")
box.__dict__ = {}
print("after __dict__ = {}")

print("-- __slots__")


class Slotted:
    __slots__ = ("s", "t")


sl = Slotted()
sl.s = Noisy("s1")
sl.s = Noisy("s2")
print("slot replaced")
del sl.s
print("slot deleted")
sl.t = Noisy("t")
sl = None
print("slotted owner dropped")

print("-- class attribute")


class Holder:
    shared = Noisy("class-attr")


print("class made")
Holder.shared = 0
print("class attribute replaced")
Holder.other = Noisy("other")
del Holder.other
print("class attribute deleted")

print("-- property setter storing into a private attribute")


class Prop:
    def __init__(self):
        self._v = None

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, value):
        self._v = value


p = Prop()
p.v = Noisy("pv1")
p.v = Noisy("pv2")
print("after property set")
p = None
print("end")
