# WeakSet: set algebra, comparisons and in-place operators.
import weakref

class Item:
    def __init__(self, n):
        self.n = n

def ns(ws):
    return sorted(item.n for item in ws)

it = [Item(i) for i in range(8)]
a = weakref.WeakSet(it[0:5])
b = weakref.WeakSet(it[3:8])
print("or", ns(a | b), type(a | b).__name__)
print("and", ns(a & b))
print("sub", ns(a - b), ns(b - a))
print("xor", ns(a ^ b))
print("union list", ns(a.union(it[6:])))
print("intersection list", ns(a.intersection(it[2:4] + [it[7]])))
print("difference list", ns(a.difference(it[:2])))
print("symmetric_difference list", ns(a.symmetric_difference(it[4:6])))
print("intersection ignores non-weakrefable", ns(a.intersection([1, "x", it[0]])))
print("isdisjoint", a.isdisjoint(it[5:]), a.isdisjoint(b))

small = weakref.WeakSet(it[0:2])
print("le lt", small <= a, small < a, a <= a, a < a)
print("ge gt", a >= small, a > small, a >= a, a > a)
print("subset list", small.issubset(it), small.issuperset(it[:1]), small <= it[:2], small < it[:3])
print("eq", a == weakref.WeakSet(it[0:5]), a != b, a == set(it[0:5]), a == it[0:5])

try:
    a | 5
except TypeError as e:
    print("or int", type(e).__name__, e)
try:
    set(it) | a
except TypeError as e:
    print("set | WeakSet", type(e).__name__, e)
try:
    a <= [1]
except TypeError as e:
    print("le non-weakrefable", type(e).__name__, e)

c = weakref.WeakSet(it[0:3])
c |= it[6:8]
print("ior", ns(c))
c -= it[0:1]
print("isub", ns(c))
c &= it[1:7]
print("iand", ns(c))
c ^= it[2:5]
print("ixor", ns(c))
c.difference_update(it[3:4])
c.intersection_update(it)
c.symmetric_difference_update(it[7:8])
print("named updates", ns(c))
result = c.difference_update([])
print("update methods return", result)
same = c
c ^= c
print("ixor self", ns(c), same is c)
c.update(it[:2])
c -= c
print("isub self", ns(c))

class MySet(weakref.WeakSet):
    pass

m = MySet(it[:3])
print("subclass results", type(m.copy()).__name__, type(m | a).__name__, type(m - a).__name__, type(m & a).__name__)
print("subclass eq", m == weakref.WeakSet(it[:3]), weakref.WeakSet(it[:3]) == m)

# Results are weak too.
u = a | b
it[0] = None
print("union after death", ns(u), len(a))
