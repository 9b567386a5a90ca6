# A cycle that is still reachable from outside (a global, a list, a closure cell, another
# live object) is not collected; once the outside reference goes, gc.collect() frees it.
import gc
import weakref

gc.disable()

class N:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        dead.append(self.name)

dead = []
def report(label):
    gc.collect()
    print(label, sorted(dead))
    dead.clear()

def ring(name):
    a, b = N(name + "1"), N(name + "2")
    a.o, b.o = b, a
    return a

keeper = ring("g")
gc.collect()
print("global keeps it:", keeper.o.o.name)

box = [ring("l")]
gc.collect()
print("list keeps it:", box[0].name)

def closure():
    x = ring("c")
    return lambda: x.name
f = closure()
gc.collect()
print("closure keeps it:", f())

class Live:
    pass
live = Live()
live.ref = ring("o")
gc.collect()
print("object keeps it:", live.ref.o.name)

wr = weakref.ref(keeper)
gc.collect()
print("weakref alone keeps nothing but it is alive:", wr() is not None)

print("nothing dead yet", dead)
print("-- dropping the list")
box.clear()
report("list")
print("-- dropping the closure")
del f
report("closure")
print("-- dropping the object attribute")
del live.ref
report("attr")
print("-- dropping the global")
keeper = None
report("global")
print("weakref now", wr())
gc.enable()
