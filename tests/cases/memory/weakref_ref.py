# weakref.ref: reuse, callbacks newest first, dead references, unsupported types, cycles.
import weakref, gc
class A:
    def __init__(self, n): self.n = n
a = A(1)
r1 = weakref.ref(a, lambda r: print("cb1", r() is None))
r2 = weakref.ref(a, lambda r: print("cb2"))
r0 = weakref.ref(a)
print(weakref.ref(a) is r0, weakref.getweakrefcount(a), type(r0), r0.__callback__, r1() is a)
print(r0 == weakref.ref(a), hash(r0) == hash(a), len(weakref.getweakrefs(a)))
del a
print(r1(), r0() , "dead" in repr(r0))
for bad in (1, "s", [], {}, (1,), None):
    try: weakref.ref(bad)
    except TypeError as e: print(e)
b = A(2); b.me = b
rb = weakref.ref(b, lambda r: print("cycle cb"))
del b
print("before collect", rb() is not None)
gc.collect()
print("after collect", rb())
try:
    hash(weakref.ref(A(3)))
except TypeError as e: print(e)
def f(): pass
print(weakref.ref(f)() is f, weakref.ref(A)() is A)
