# gc.freeze()/gc.unfreeze()/gc.get_freeze_count(): frozen objects move to a permanent
# generation that collections ignore; unfreeze puts them back.
import gc
import weakref

gc.disable()
gc.collect()
print("initial freeze count", gc.get_freeze_count())

class Node:
    pass

n = Node()
n.me = n
r = weakref.ref(n)
del n
print("freeze returns", gc.freeze())
print("count positive after freeze", gc.get_freeze_count() > 0)
print("frozen cycle survives collect", gc.collect() == 0, r() is not None)
print("still survives full collect", r() is not None)

m = Node()
m.me = m
rm = weakref.ref(m)
del m
print("new cycle is collectable", gc.collect() > 0, rm() is None)
print("frozen still alive", r() is not None)

print("unfreeze returns", gc.unfreeze())
print("count after unfreeze", gc.get_freeze_count())
print("collect finds the old cycle", gc.collect() > 0, r() is None)

gc.freeze()
gc.freeze()
print("double freeze positive", gc.get_freeze_count() > 0)
gc.unfreeze()
print("single unfreeze empties", gc.get_freeze_count())
for fn in (gc.freeze, gc.unfreeze, gc.get_freeze_count):
    try:
        fn(0)
    except TypeError as e:
        print("TypeError", e)
gc.enable()
