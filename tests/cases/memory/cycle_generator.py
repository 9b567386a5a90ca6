# A generator kept in a cycle (it holds a reference to an object that holds the generator)
# is finalized by gc.collect(): its pending `finally` block runs exactly once.
import gc
import weakref

gc.disable()

class Holder:
    pass

def counter(holder, label):
    try:
        n = 0
        while True:
            yield n
            n += 1
    finally:
        print("finally", label, "holder ok", isinstance(holder, Holder))

h = Holder()
h.gen = counter(h, "first")
print(next(h.gen), next(h.gen))
r = weakref.ref(h)
del h
print("after del")
gc.collect()
print("after collect", r())

# A generator that is not started has no frame to clean up: no finally output.
h = Holder()
h.gen = counter(h, "never-started")
del h
gc.collect()
print("unstarted collected")

# A generator that finished normally.
def short(holder):
    try:
        yield 1
    finally:
        print("short finally")
h = Holder()
h.gen = short(h)
print(list(h.gen))
del h
gc.collect()
print("finished collected")

# A generator referring to itself via a list it owns.
def selfish():
    me = []
    try:
        x = yield me
        print("got", x)
        yield 2
    finally:
        print("selfish finally, me len", len(me))
g = selfish()
box = next(g)
box.append(g)
print(g.send("value"))
del g, box
gc.collect()
print("selfish collected")
gc.enable()
