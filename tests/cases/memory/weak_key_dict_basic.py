# WeakKeyDictionary: keys held weakly and compared by equality; the mapping API.
import weakref

class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name!r})"

a, b, c = Key("a"), Key("b"), Key("c")
d = weakref.WeakKeyDictionary({a: 1, b: 2})
d[c] = 3
print("len", len(d))
print("keys", list(d.keys()))
print("values", list(d.values()))
print("items", list(d.items()))
print("iter", list(d))
print("getitem by equal key", d[Key("a")], d[b])
print("get", d.get(Key("c")), d.get(Key("zz")), d.get(Key("zz"), "dflt"))
print("contains", Key("b") in d, Key("zz") in d, 1 in d, "text" in d, None in d)

for bad in (lambda: d[1], lambda: d.get(1), lambda: d.__setitem__(1, 1)):
    try:
        bad()
    except TypeError as e:
        print("non-weakrefable key", type(e).__name__, e)
try:
    d[Key("zz")]
except KeyError as e:
    print("missing key raises KeyError holding", type(e.args[0]).__name__)

d[Key("a")] = 100          # an equal key: the stored key object stays `a`
print("replace value", d[a], list(d.keys())[0] is a)

del b
print("after key dies", len(d), list(d))

print("setdefault existing", d.setdefault(a, "new"))
e = Key("e")
print("setdefault new", d.setdefault(e, "E"), d[e])
print("pop", d.pop(e), d.pop(e, "gone"))
try:
    d.pop(e)
except KeyError as err:
    print("pop missing", type(err).__name__)
del d[c]
print("delitem", list(d))
try:
    del d[c]
except KeyError as err:
    print("delitem missing", type(err).__name__)

f, g = Key("f"), Key("g")
d.update({f: 6}, )
d.update([(g, 7)])
print("update", list(d.items()))

refs = d.keyrefs()
print("keyrefs", len(refs), sorted(r().name for r in refs))
del refs

k, v = d.popitem()
print("popitem", k, v)
del k, v
print("after popitem", list(d))

print("repr", repr(d).startswith("<WeakKeyDictionary at 0x"))
try:
    hash(d)
except TypeError as err:
    print("hash", type(err).__name__, err)

d.clear()
print("clear", len(d), list(d))
try:
    d.popitem()
except KeyError as err:
    print("popitem empty", type(err).__name__, err)

# A key that nothing else holds disappears at once.
d[Key("temporary")] = "t"
print("temporary key", len(d))

print("dict= keyword", len(weakref.WeakKeyDictionary(dict={a: 1})))
try:
    weakref.WeakKeyDictionary({1: 2})
except TypeError as err:
    print("init with int key", type(err).__name__, err)
