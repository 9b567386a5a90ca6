# WeakMethod: a weak reference to a bound method, rebuilt on each call.
import weakref
import gc

class Counter:
    def __init__(self, start):
        self.value = start
    def bump(self, by=1):
        self.value += by
        return self.value
    def __eq__(self, other):
        return isinstance(other, Counter) and self.value == other.value
    def __hash__(self):
        return hash(self.value)

c = Counter(10)
events = []
wm = weakref.WeakMethod(c.bump, lambda r: events.append(("callback", type(r).__name__, r() is None)))
m = wm()
print("call", m(), m(5), c.value)
print("fresh method", wm() is wm(), wm() == c.bump, type(m).__name__, m.__self__ is c)
del m
print("isinstance ref", isinstance(wm, weakref.ref), issubclass(weakref.WeakMethod, weakref.ReferenceType))

# A plain weak reference to the bound method would die at once: the method object is temporary.
plain = weakref.ref(c.bump)
print("plain ref to bound method", plain())

# Equality: equal objects and the same function; hash of the object.
twin = Counter(16)
other = Counter(99)
w_twin = weakref.WeakMethod(twin.bump)
w_other = weakref.WeakMethod(other.bump)
print("eq", wm == w_twin, wm != w_twin, wm == w_other, wm != w_other)
print("hash", hash(wm) == hash(c), len({wm, weakref.WeakMethod(c.bump)}))
print("with ref", wm == weakref.ref(c), weakref.ref(c) == wm)

for bad in (len, Counter.bump, 3, lambda: 0):
    try:
        weakref.WeakMethod(bad)
    except TypeError as e:
        print("not a bound method:", type(e).__name__, e)

print("events before", events)
del c
print("after object dies", wm(), events)
print("dead equality", wm == w_twin, wm == wm, wm != wm)

# The function dying first also kills it (the callback runs once).
class Plain:
    pass

def hello(self):
    return "hello"

obj = Plain()
bound = hello.__get__(obj)
calls = []
wh = weakref.WeakMethod(bound, lambda r: calls.append("died"))
print("bound to function", wh()())
del bound, hello
print("function gone", wh(), calls)
del obj
print("object gone too", wh(), calls)

# Methods of objects in a cycle need the collector.
class Cyclic:
    def go(self):
        return "go"

cy = Cyclic()
cy.me = cy
wc = weakref.WeakMethod(cy.go, lambda r: print("cyclic callback"))
del cy
print("before collect", wc()())
gc.collect()
print("after collect", wc())
