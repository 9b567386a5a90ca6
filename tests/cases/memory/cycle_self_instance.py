# An instance that refers to itself survives `del` until gc.collect() finds the cycle;
# its __del__ runs during the collection, once.
import gc
import weakref

calls = []

class Node:
    def __init__(self, name):
        self.name = name
        self.me = self
    def __del__(self):
        calls.append(self.name)

gc.disable()
n = Node("solo")
r = weakref.ref(n)
del n
print("after del: alive", r() is not None, "calls", calls)
print("collected > 0", gc.collect() > 0)
print("after collect: alive", r() is not None, "calls", calls)
print("second collect", gc.collect(), "calls", calls)

# A self-reference through a list attribute.
m = Node("via-list")
m.me = [m]
r2 = weakref.ref(m)
del m
print("list cycle before", r2() is not None)
gc.collect()
print("list cycle after", r2() is None, calls)

# A self-referencing instance with no __del__.
class Plain:
    pass
p = Plain()
p.p = p
rp = weakref.ref(p)
del p
print("plain before", rp() is not None)
gc.collect()
print("plain after", rp() is None)
gc.enable()
print("enabled", gc.isenabled())
