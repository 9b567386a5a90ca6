# __del__ may resurrect its object; it is called only once per object (PEP 442).

graveyard = []


class Phoenix:
    def __init__(self, name):
        self.name = name
        self.calls = 0

    def __del__(self):
        self.calls += 1
        print("del", self.name, "call", self.calls)
        graveyard.append(self)


print("-- resurrect once")
p = Phoenix("p1")
p = None
print("graveyard", [x.name for x in graveyard])
print("calls", graveyard[0].calls)

print("-- drop the resurrected object again: no second __del__")
graveyard.clear()
print("graveyard cleared", len(graveyard))

print("-- resurrect, take back, drop again")
q = Phoenix("q1")
del q
back = graveyard.pop()
print("took back", back.name, back.calls)
back = None
print("dropped again; graveyard", len(graveyard))


class Counted:
    count = 0

    def __init__(self, name):
        self.name = name

    def __del__(self):
        Counted.count += 1
        print("del", self.name, "total", Counted.count)
        holder.append(self)


holder = []
print("-- several objects resurrected")
objs = [Counted("c%d" % i) for i in range(3)]
objs = None
print("holder", [x.name for x in holder])
holder_copy = holder[:]
holder.clear()
print("cleared holder, copy", len(holder_copy))
holder_copy = None
print("after dropping copy; total", Counted.count)

print("-- resurrection into an attribute")


class Box:
    pass


box = Box()


class Revenant:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)
        box.saved = self


r = Revenant("rev")
r = None
print("saved in box:", box.saved.name)
box.saved = Revenant("rev2")
print("replaced: rev not called again")
box.saved = None
print("after rev2 dropped")
print("box has saved", hasattr(box, "saved"), box.saved.name)
box.saved = None
print("rev2 dropped for good")

print("-- explicit __del__ call does not prevent the real one")


class Explicit:
    def __del__(self):
        print("Explicit.__del__")


e = Explicit()
e.__del__()
print("called explicitly")
e = None
print("end")
