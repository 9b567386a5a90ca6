from collections import deque

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

a = deque([1, 2, 3])
b = deque([1, 2, 3])
c = deque([1, 2, 4])
print("eq", a == b, a != b, a == c, a != c, a == [1, 2, 3], a != [1, 2, 3])
print("order", a < c, a <= c, c > a, c >= a, a < b, a <= b)
print("prefix", deque([1, 2]) < deque([1, 2, 0]), deque() < deque([0]))
print("maxlen ignored", deque([1], maxlen=1) == deque([1]))
print("is", a is b, a == a)

# copies
ca = a.copy()
ca.append(4)
print("copy", a, ca)
bounded = deque("abc", maxlen=4)
cb = bounded.__copy__()
cb.append("d")
cb.append("e")
print("copy keeps maxlen", cb, cb.maxlen)
nested = deque([[1], [2]])
sc = nested.copy()
sc[0].append(99)
print("shallow", nested, sc)

# concatenation and repetition
print("add", a + c, deque([1], 2) + deque([2, 3, 4]))
err("add list", lambda: a + [4])
s = deque([1])
s += [2, 3]
s += deque([4])
s += "ab"
print("iadd", s)
print("mul", deque([1, 2]) * 3, 2 * deque("ab"), deque([1]) * 0, deque([1]) * -1)
print("mul bounded", deque([1, 2], maxlen=3) * 3, deque([1, 2, 3], maxlen=3) * 2)
m = deque([0, 1])
m *= 2
print("imul", m)
m *= 1
print("imul one", m)
m *= 0
print("imul zero", m)
self_ext = deque([1, 2])
self_ext.extend(self_ext)
print("extend self", self_ext)
self_ext.extendleft(self_ext)
print("extendleft self", self_ext)

# repr
print("repr", repr(deque()), repr(deque([1, "a", None])), repr(deque([], maxlen=2)))
rec = deque([1])
rec.append(rec)
print("recursive", rec)
holder = [deque([1])]
holder[0].append(holder)
print("recursive list", holder)

class MyDeque(deque):
    pass

md = MyDeque([1, 2], maxlen=5)
print("subclass", md, type(md.copy()).__name__, md.copy(), type(md + md).__name__)
md.extra = "attr"
print("subclass attr", md.extra, md == deque([1, 2]))

class Loud(deque):
    def __init__(self, items=(), maxlen=None):
        print("Loud init", list(items), maxlen)
        super().__init__(items, maxlen)

lc = Loud([1], 3).copy()
print("subclass copy calls init", lc)

class NoInit(deque):
    def __init__(self):
        pass

ni = NoInit()
ni.append(5)
print("no super init", ni, len(ni))
print("reversed", list(reversed(deque("abc"))))
print("sorted", sorted(deque([3, 1, 2])), max(deque([3, 1, 2])), sum(deque([3, 1, 2])))
print("weakref ok", __import__("weakref").ref(a)() is a)
