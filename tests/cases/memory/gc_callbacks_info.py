# gc.callbacks: every callback gets ("start", info) then ("stop", info); info holds
# "generation", "collected" and "uncollectable"; callbacks run in list order.
import gc

gc.disable()
events = []

def first(phase, info):
    events.append(("first", phase, sorted(info), info["generation"]))

def second(phase, info):
    events.append(("second", phase, info["uncollectable"]))
    if phase == "stop":
        events.append(("collected positive", info["collected"] > 0))

print("callbacks is list", type(gc.callbacks).__name__, gc.callbacks)
gc.callbacks.append(first)
gc.callbacks.append(second)

class C:
    pass
c = C(); c.c = c
del c
gc.collect(2)
for e in events:
    print(e)
events.clear()

gc.collect(0)
print("gen 0 events", [(e[0], e[1]) for e in events])
print("generation reported", [e[3] for e in events if e[0] == "first"])
events.clear()

gc.callbacks.remove(first)
gc.collect()
print("only second", [e[0] for e in events])
events.clear()

# A callback inserted at the front runs first.
def start_only(phase, info):
    if phase == "start":
        events.append("start_only start")
gc.callbacks.insert(0, start_only)
gc.collect()
print("order", [e if isinstance(e, str) else e[0] for e in events])
gc.callbacks.clear()
events.clear()
gc.collect()
print("no callbacks, no events", events)
gc.enable()
