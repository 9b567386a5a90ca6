# gc.callbacks are called with ("start"/"stop", info) around each collection, a failing
# callback is reported and ignored, and DEBUG_SAVEALL keeps unreachable objects in gc.garbage.
import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info)))
    if phase == "stop":
        log.append(("gen", info["generation"], info["collected"] > 0))
class N:
    pass
a = N(); b = N(); a.b = b; b.a = a
del a, b
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(log)
def bad(phase, info):
    raise RuntimeError("cb failed " + phase)
gc.callbacks.append(bad)
gc.collect(1)
gc.callbacks.clear()
print("after bad")
gc.set_debug(gc.DEBUG_SAVEALL)
x = []; x.append(x)
del x
n = gc.collect()
print(n, len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0][0] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), gc.garbage)
