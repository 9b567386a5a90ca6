# Two objects with __del__ in one cycle: both finalizers run during gc.collect() (in some
# order), each sees the other still intact, and gc.garbage stays empty (PEP 442).
import gc

gc.disable()
seen = []

class Part:
    def __init__(self, name):
        self.name = name
        self.values = list(range(3))
    def __del__(self):
        other = self.other
        seen.append((self.name, other.name, other.values, other.other is self))

a = Part("a")
b = Part("b")
a.other = b
b.other = a
del a, b
print("before", seen)
n = gc.collect()
print("collected", n > 0)
print("finalizers", sorted(seen))
print("garbage", gc.garbage)

# Three objects with finalizers and a list in the middle.
seen.clear()
parts = [Part(c) for c in "xyz"]
for i, p in enumerate(parts):
    p.other = parts[(i + 1) % 3]
    p.all = parts
del parts, p
gc.collect()
print("ring finalizers", sorted(s[0] for s in seen))
print("garbage", gc.garbage)
gc.enable()
