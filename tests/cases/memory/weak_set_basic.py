# WeakSet: adding, removing, membership, and elements vanishing when they die.
import weakref

class Item:
    def __init__(self, n):
        self.n = n

def ns(ws):
    return sorted(item.n for item in ws)

items = [Item(i) for i in range(6)]
s = weakref.WeakSet(items[:4])
print("init", len(s), ns(s))
print("contains", items[0] in s, items[5] in s, 1 in s, "x" in s, [] in s)

s.add(items[4]); s.add(items[4])
print("add twice", len(s), ns(s))
s.discard(items[0]); s.discard(items[0]); s.discard(items[5])
print("discard", ns(s))
s.remove(items[1])
try:
    s.remove(items[1])
except KeyError as e:
    print("remove missing", type(e).__name__, type(e.args[0]).__name__)
for bad in (lambda: s.add(1), lambda: s.discard("x"), lambda: s.remove(None)):
    try:
        bad()
    except TypeError as e:
        print("not weakrefable", type(e).__name__, e)

s.update(items[4:])
print("update", ns(s))
c = s.copy()
print("copy", type(c).__name__, ns(c), c == s, c is s)

items[2] = None
print("after death", len(s), ns(s), "copy too", ns(c))

p = s.pop()
print("pop", isinstance(p, Item), len(s), p in s)
s.add(p)
del p

s.clear()
print("clear", len(s), ns(s), "copy kept", ns(c))
try:
    s.pop()
except KeyError as e:
    print("pop empty", type(e).__name__, e)

print("repr empty", repr(weakref.WeakSet()))
print("repr", repr(c).startswith("{<weakref at 0x"))
try:
    hash(c)
except TypeError as e:
    print("hash", type(e).__name__, e)
print("bool", bool(weakref.WeakSet()), bool(c))

# Elements reachable only from the set go away at once.
t = weakref.WeakSet()
t.add(Item(100))
print("temporary element", len(t), list(t))

# Iterating while elements die.
pool = [Item(i) for i in range(5)]
w = weakref.WeakSet(pool)
count = 0
for item in w:
    count += 1
    if count == 1:
        pool.clear()
        pool.append(item)     # only the first element seen survives
        print("during loop stored", len(w.data))
del item
print("loop saw", count, "left", len(w), len(w.data))
