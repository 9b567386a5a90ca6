# Order of weak reference callbacks: newest first, across plain refs, containers, finalizers
# and proxies; what callbacks see of the containers; callbacks that raise.
import weakref
import gc

class Obj:
    def __init__(self, name):
        self.name = name

log = []
o = Obj("o")
ws = weakref.WeakSet([o])
wv = weakref.WeakValueDictionary(k=o)
wk = weakref.WeakKeyDictionary({o: 1})
weakref.finalize(o, log.append, "finalize")
r1 = weakref.ref(o, lambda r: log.append(("ref1", len(ws), len(wv), len(wk))))
p = weakref.proxy(o, lambda p: log.append("proxy"))
r2 = weakref.ref(o, lambda r: log.append("ref2"))
r_plain = weakref.ref(o)
print("same plain ref", weakref.ref(o) is r_plain, weakref.getweakrefcount(o))
del o
print("order", log)
print("containers empty", len(ws), len(wv), len(wk))

# A callback that raises is reported (on stderr) and the others still run.
log.clear()
q = Obj("q")
ra = weakref.ref(q, lambda r: log.append("a"))
rb = weakref.ref(q, lambda r: 1 / 0)
rc = weakref.ref(q, lambda r: log.append("c"))
del q
print("after raising callback", log)

# The same callback object on several refs runs once per ref.
log.clear()
def cb(r):
    log.append(r is ref_x or r is ref_y)
x = Obj("x")
ref_x = weakref.ref(x, cb)
ref_y = weakref.ref(x, cb)
print("distinct refs", ref_x is not ref_y, ref_x == ref_y)
del x
print("shared callback", log)

# A reference stored on the object itself still gets its callback (it runs before the
# object's attributes are cleared).
log.clear()
y = Obj("y")
y.ref_to_self = weakref.ref(y, lambda r: log.append("self ref"))
holder = Obj("holder")
holder.ref = weakref.ref(y, lambda r: log.append("holder ref"))
del y
print("self ref callback", log)

# Cycles: gc.collect() frees them; callbacks of refs outside the cycle run.
log.clear()
a, b = Obj("a"), Obj("b")
a.other, b.other = b, a
ra = weakref.ref(a, lambda r: log.append("a freed"))
rb = weakref.ref(b, lambda r: log.append("b freed"))
del a, b
print("before collect", log, ra() is not None)
gc.collect()
print("after collect", sorted(log), ra(), rb())
