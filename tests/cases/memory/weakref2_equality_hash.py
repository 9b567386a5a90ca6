# Equality and hashing of weak references: live refs compare (and hash) like their referents,
# dead refs compare by identity, and a dead ref keeps a hash computed while it was alive.
import weakref

class Val:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, Val) and self.v == other.v
    def __hash__(self):
        return hash(self.v)

a = Val(1)
b = Val(1)
c = Val(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print("live equal referents", ra == rb, ra != rb)
print("live different", ra == rc, ra != rc)
print("hash like referent", hash(ra) == hash(a), hash(rc) == hash(2))
print("ref vs object", ra == a, ra.__eq__(a))
print("usable as key", {ra: "x"}[rb])

hashed = hash(ra)
del a
print("dead vs live", ra == rb, ra != rb)
print("dead equals itself", ra == ra)
print("dead keeps hash", hash(ra) == hashed)

del b
print("two dead refs", ra == rb)

d = Val(3)
rd = weakref.ref(d)
del d
try:
    hash(rd)
except TypeError as e:
    print("hash of dead unhashed", type(e).__name__, e)

rdict = {rc: "c"}
print("lookup", rdict[weakref.ref(c)])
del c
print("dead ref still in dict", len(rdict), list(rdict.values()))
print("ordering unsupported:")
try:
    weakref.ref(Val(9)) < weakref.ref(Val(9))
except TypeError as e:
    print(" ", e)
