# Hashing a weak reference whose referent died before the ref was ever hashed raises
# TypeError; here it escapes and ends the program.
import weakref

class Obj:
    pass

o = Obj()
kept = weakref.ref(o)
print("live hash works", hash(kept) == hash(o))
del o
print("dead but hashed", hash(kept) is not None)

p = Obj()
fresh = weakref.ref(p)
del p
print("fresh is dead", fresh() is None)
table = {}
table[fresh] = 1
print("not reached")
