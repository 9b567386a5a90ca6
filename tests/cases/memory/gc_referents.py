# gc.get_referents()/gc.get_referrers(): membership checks only (the exact lists depend on the
# implementation).
import gc

def has(seq, obj):
    return any(x is obj for x in seq)

a = [1]
b = {"k": 2}
c = "text"
lst = [a, b, c]
print("list referents contain items", has(gc.get_referents(lst), a), has(gc.get_referents(lst), b))
tup = (a, b)
print("tuple referents", has(gc.get_referents(tup), a), has(gc.get_referents(tup), b))
key = (1, 2)
val = [3]
d = {key: val}
refs = gc.get_referents(d)
print("dict referents key and value", has(refs, key), has(refs, val))
print("several args", has(gc.get_referents(lst, tup), a), has(gc.get_referents([], []), a))
print("no args", gc.get_referents())
print("atoms have none", gc.get_referents(1), gc.get_referents("s"), gc.get_referents(None))

class Obj:
    pass
o = Obj()
o.attr = val
print("instance referents include its class", has(gc.get_referents(o), Obj))

def outer():
    x = [9]
    def inner():
        return x
    return inner, x
inner, xv = outer()
cells = inner.__closure__
print("function referents include closure", has(gc.get_referents(inner), cells))
print("cell referents include value", has(gc.get_referents(cells[0]), xv))

# get_referrers finds containers that point to the object.
target = ["target"]
holder1 = [target]
holder2 = {"t": target}
holder3 = Obj()
holder3.t = target
rr = gc.get_referrers(target)
print("referrer list", has(rr, holder1))
print("referrer dict", has(rr, holder2))
print("unrelated not referrer", has(rr, lst))
holder1.clear()
print("after clear", has(gc.get_referrers(target), holder1))
print("referrers of fresh object", [r for r in gc.get_referrers(object()) if r is holder1])
