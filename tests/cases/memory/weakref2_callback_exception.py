# A weakref callback that raises: the error is reported on stderr ("Exception ignored ...")
# and execution continues; other callbacks still run.
import gc
import weakref

class Obj:
    pass

def bad(ref):
    print("bad callback running")
    raise ValueError("callback failed")

def good(ref):
    print("good callback running")

o = Obj()
r1 = weakref.ref(o, bad)
r2 = weakref.ref(o, good)
del o
print("after refcount death")

gc.disable()
c = Obj()
c.me = c
r3 = weakref.ref(c, bad)
del c
gc.collect()
print("after gc death")
gc.enable()
print("refs dead", r1() is None, r2() is None, r3() is None)
