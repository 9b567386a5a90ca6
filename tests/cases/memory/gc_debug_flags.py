# The gc debug flags: their values, get_debug/set_debug round trips, and DEBUG_SAVEALL
# keeping collected cycles in gc.garbage.
import gc

print("garbage is list", type(gc.garbage).__name__, gc.garbage)
for name in ("DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL",
             "DEBUG_LEAK"):
    print(name, getattr(gc, name))
print("LEAK combination", gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print("default debug", gc.get_debug())
print("set returns", gc.set_debug(gc.DEBUG_SAVEALL))
print("now", gc.get_debug())

gc.disable()
class Tagged:
    def __init__(self, tag):
        self.tag = tag
t = Tagged("kept")
t.me = t
del t
gc.collect()
tags = sorted(o.tag for o in gc.garbage if isinstance(o, Tagged))
print("saved tags", tags)
print("saved dict too", any(type(o) is dict and o.get("tag") == "kept" for o in gc.garbage)
      or any(isinstance(o, Tagged) for o in gc.garbage))
gc.garbage.clear()
gc.set_debug(0)
print("reset", gc.get_debug())

u = Tagged("gone")
u.me = u
del u
gc.collect()
print("without SAVEALL", gc.garbage)

try:
    gc.set_debug("x")
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_debug()
except TypeError as e:
    print("TypeError", e)

# gc.garbage can be replaced or mutated like any list.
gc.garbage.append("marker")
print("mutated", gc.garbage)
gc.garbage.clear()
gc.enable()
