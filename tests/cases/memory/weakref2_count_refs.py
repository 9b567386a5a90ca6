# weakref.getweakrefcount()/getweakrefs(): plain refs without callbacks are shared, refs with
# callbacks and proxies are separate objects, and dead refs are no longer counted.
import weakref

class Obj:
    pass

o = Obj()
print("none yet", weakref.getweakrefcount(o), weakref.getweakrefs(o))
r1 = weakref.ref(o)
r2 = weakref.ref(o)
print("plain refs shared", r1 is r2, weakref.getweakrefcount(o))
cb = lambda r: None
r3 = weakref.ref(o, cb)
r4 = weakref.ref(o, cb)
print("callback refs distinct", r3 is r4, r3 is r1, weakref.getweakrefcount(o))
p = weakref.proxy(o)
p2 = weakref.proxy(o)
print("proxies shared", p is p2, weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print("getweakrefs has them", len(refs), any(x is r1 for x in refs), any(x is r3 for x in refs),
      any(x is r4 for x in refs))
del refs
del r3
print("after dropping one callback ref", weakref.getweakrefcount(o))
del r1, r2
print("after dropping plain refs", weakref.getweakrefcount(o))
r5 = weakref.ref(o)
print("new plain ref counted", weakref.getweakrefcount(o))

class Sub(weakref.ref):
    pass
s = Sub(o)
print("subclass ref separate", s is r5, weakref.getweakrefcount(o))
del o
print("dead r5", r5(), "dead s", s())
print("count for non-weakrefable", weakref.getweakrefcount(5), weakref.getweakrefs("x"))
try:
    weakref.getweakrefcount()
except TypeError as e:
    print("TypeError", e)
