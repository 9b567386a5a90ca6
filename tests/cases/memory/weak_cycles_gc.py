# Weak containers and references to objects kept alive only by reference cycles:
# the entries stay until gc.collect() frees the cycles (automatic collection is off, so
# that no collection can come earlier, in CPython or in a stress build).
import weakref
import gc

gc.disable()

class Node:
    def __init__(self, name):
        self.name = name
        self.partner = None

def pair(a_name, b_name):
    a, b = Node(a_name), Node(b_name)
    a.partner, b.partner = b, a
    return a, b

values = weakref.WeakValueDictionary()
keys = weakref.WeakKeyDictionary()
members = weakref.WeakSet()
a, b = pair("a", "b")
values["a"] = a
keys[b] = "b's value"
members.add(a)
members.add(b)
plain = weakref.ref(a, lambda r: print("callback for a"))
del a, b
print("before collect", sorted(values), len(keys), len(members), plain() is not None)
found = gc.collect()
print("collected something", found > 0)
print("after collect", sorted(values), len(keys), len(members), plain())

# A node pointing to itself.
me = Node("me")
me.partner = me
members.add(me)
fin = weakref.finalize(me, print, "finalizer for self-cycle")
del me
print("self cycle pending", len(members), fin.alive)
gc.collect()
print("self cycle collected", len(members), fin.alive)

# The container itself in a cycle with its contents.
c, d = pair("c", "d")
holder = weakref.WeakValueDictionary(c=c, d=d)
c.holder = holder
del holder
print("still reachable", len(c.holder))
del c, d
gc.collect()
print("cycle with container collected")

# A weak reference does not keep a cycle alive, and a dead reference stays dead.
e, f = pair("e", "f")
re = weakref.ref(e)
del e, f
print("ref before", re() is not None)
gc.collect()
print("ref after", re(), re() is None)
print("collect again", gc.collect() >= 0)
