# gc.is_finalized(): False until the object's __del__ has been run by the collector; objects
# without __del__ and never-collected objects report False.
import gc

gc.disable()
rescued = []

class Lazarus:
    def __del__(self):
        rescued.append(self)

class Plain:
    pass

lz = Lazarus()
print("fresh", gc.is_finalized(lz))
lz.me = lz
del lz
gc.collect()
print("rescued", len(rescued))
print("after gc finalizer", gc.is_finalized(rescued[0]))

p = Plain()
print("plain", gc.is_finalized(p))
p.me = p
print("plain in cycle", gc.is_finalized(p))
for obj in (1, "s", None, [], {}):
    print(type(obj).__name__, gc.is_finalized(obj))

# A refcount-triggered __del__ that resurrects.
saved = []
class Once:
    def __del__(self):
        saved.append(self)
o = Once()
del o
print("refcount resurrection", len(saved), gc.is_finalized(saved[0]))
saved.clear()
rescued.clear()
gc.collect()
print("cleared", saved, rescued)
gc.enable()
