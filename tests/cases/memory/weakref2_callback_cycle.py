# weakref.ref callbacks for objects that die in a cycle run during gc.collect(); the callback
# receives the (now dead) reference object itself.
import gc
import weakref

gc.disable()
log = []

class Node:
    def __init__(self, name):
        self.name = name

def make_cb(label):
    def cb(ref):
        log.append((label, ref() is None, type(ref).__name__))
    return cb

a, b = Node("a"), Node("b")
a.other, b.other = b, a
ra = weakref.ref(a, make_cb("a"))
rb = weakref.ref(b, make_cb("b"))
del a, b
print("before collect", log)
gc.collect()
print("after collect", sorted(log))
print("refs dead", ra() is None, rb() is None)
log.clear()

# The callback receives exactly the ref object that was registered.
received = []
c = Node("c")
c.me = c
rc = weakref.ref(c, received.append)
del c
gc.collect()
print("callback got rc", len(received) == 1 and received[0] is rc)

# A ref that dies together with its referent in the same cycle: its callback is not called.
log.clear()
d = Node("d")
d.me = d
d.ref = weakref.ref(d, make_cb("d-self"))
del d
gc.collect()
print("ref inside the cycle", log)

# A ref kept outside, whose callback refers to the cycle's object, still fires.
e = Node("e")
e.me = e
outside = weakref.ref(e, lambda r: log.append(("e", r is outside)))
del e
gc.collect()
print("outside ref", log)

# Callback of an object freed by refcount fires immediately.
log.clear()
f = Node("f")
rf = weakref.ref(f, make_cb("f"))
del f
print("refcount death", log)
gc.enable()
