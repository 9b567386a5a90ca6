# gc.enable()/gc.disable()/gc.isenabled(): the flag toggles, repeated calls are harmless, and
# gc.collect() still works while automatic collection is disabled.
import gc
import weakref

print("initially", gc.isenabled())
gc.disable()
print("after disable", gc.isenabled())
gc.disable()
print("after second disable", gc.isenabled())

class Obj:
    pass

o = Obj()
o.me = o
r = weakref.ref(o)
del o
# Allocate lots of container objects: with gc disabled nothing collects the cycle.
junk = [[i] for i in range(5000)]
del junk
print("cycle survives allocation while disabled", r() is not None)
print("explicit collect works", gc.collect() > 0, r() is None)

gc.enable()
print("after enable", gc.isenabled())
gc.enable()
print("after second enable", gc.isenabled())

for name in ("enable", "disable", "isenabled"):
    try:
        getattr(gc, name)(1)
    except TypeError as e:
        print(name, "TypeError", e)

print("returns", gc.enable(), gc.disable(), gc.isenabled())
gc.enable()
print("final", gc.isenabled())
