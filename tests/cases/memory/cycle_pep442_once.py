# PEP 442: __del__ of an object in a cycle is called exactly once, even when the object is
# resurrected by its finalizer and later becomes garbage again.
import gc

count = {"a": 0, "b": 0}
keep = []

class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        count[self.name] += 1
        if count[self.name] == 1 and self.name == "a":
            keep.append(self)

gc.disable()
a = A("a")
b = A("b")
a.other = b
b.other = a
del a, b
gc.collect()
print("counts", sorted(count.items()))
print("kept", [x.name for x in keep], "partner", keep[0].other.name)
keep.clear()
gc.collect()
print("counts after second drop", sorted(count.items()))
gc.collect()
print("counts after third collect", sorted(count.items()))

# Calling __del__ by hand does not count as finalization.
c = A("b")
count["b"] = 0
c.__del__()
print("manual call", count["b"])
c.self = c
del c
gc.collect()
print("after gc", count["b"])
gc.enable()
