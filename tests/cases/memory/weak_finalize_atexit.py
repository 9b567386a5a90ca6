# weakref.finalize at interpreter exit: pending finalizers with atexit=True run newest first,
# from an atexit hook registered when the first finalizer is created.
import atexit
import weakref

class Thing:
    def __init__(self, name):
        self.name = name

atexit.register(print, "atexit handler registered before any finalizer")

keep = [Thing(f"t{i}") for i in range(6)]
fins = [weakref.finalize(t, print, "exit finalizer", t.name) for t in keep]

atexit.register(print, "atexit handler registered after the first finalizer")

fins[1].atexit = False          # stays pending, but is not run at exit
fins[2].detach()                # no longer pending
fins[3]()                       # already run
print("alive", [f.alive for f in fins])
print("atexit", [f.atexit for f in fins])

# A finalizer created while the exit hook runs is run as well (it is the newest).
def make_another():
    print("exit finalizer t4 creates one more")
    weakref.finalize(keep[0], print, "finalizer created during exit")

fins[4].detach()
weakref.finalize(keep[4], make_another)

# A finalizer whose object dies before exit runs then, not at exit.
temp = Thing("temp")
weakref.finalize(temp, print, "temp finalized at death")
del temp

# Objects in a cycle: collected by gc.collect() before exit.
import gc
cyc = Thing("cyc")
cyc.self = cyc
weakref.finalize(cyc, print, "cycle finalized by the collector")
del cyc
gc.collect()

# Finalizer args keep their arguments alive until they run.
payload = Thing("payload")
weakref.finalize(keep[5], lambda p: print("payload seen at exit", p.name), payload)
del payload
print("main done")
