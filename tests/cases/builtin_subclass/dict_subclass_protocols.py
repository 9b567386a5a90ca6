# dict subclasses: which methods go through overridden __setitem__/__getitem__/keys/__iter__.

class Audit(dict):
    def __setitem__(self, k, v):
        print("  __setitem__", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("  __getitem__", k)
        return super().__getitem__(k)

print("constructor bypasses __setitem__:")
a = Audit({"x": 1}, y=2)
print("update bypasses __setitem__:")
a.update({"z": 3}, w=4)
print("setdefault bypasses __setitem__:", a.setdefault("v", 5))
print("subscript assignment uses it:")
a["u"] = 6
print("get bypasses __getitem__:", a.get("x"), "pop:", a.pop("w"))
print("|= bypasses:", end=" ")
a |= {"t": 7}
print(sorted(a.items()))
print("subscript read uses it:", a["t"])
print("fromkeys on subclass builds via __setitem__:")
fk = Audit.fromkeys(["p", "q"], 0)
print(type(fk).__name__, fk)

# __missing__ is only consulted by __getitem__ of dict itself.
class Default(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return f"<{key}>"
d = Default(a=1)
print("missing via []:", d["b"], "not stored:", "b" in d)
print("get ignores __missing__:", d.get("b"), d.get("b", "dflt"))
print("pop/setdefault ignore it:", d.pop("b", "none"), d.setdefault("c", 3))
print("dict.__getitem__ honours subclass __missing__:", dict.__getitem__(d, "e"))
try:
    {}["plain"]
except KeyError as e:
    print(type(e).__name__, e)
class BadMissing(dict):
    __missing__ = 5
try:
    BadMissing()["x"]
except TypeError as e:
    print(type(e).__name__, e)
class RaisingMissing(dict):
    def __missing__(self, key):
        raise LookupError(f"no {key}")
try:
    RaisingMissing()["k"]
except LookupError as e:
    print(type(e).__name__, e)

# dict(sub) and {**sub}: a dict subclass with overridden keys()/__getitem__ is copied directly
# unless it overrides __iter__.
class FakeKeys(dict):
    def keys(self):
        return ["fake"]
    def __getitem__(self, k):
        return "via getitem"
fk = FakeKeys(real=1)
print("dict() ignores keys():", dict(fk), {**fk}, dict(**fk))
class WithIter(FakeKeys):
    def __iter__(self):
        return iter(["fake"])
wi = WithIter(real=1)
print("with __iter__ override:", dict(wi), {**wi})
d2 = {}
d2.update(wi)
print("update from it:", d2)

# A non-dict mapping needs keys() and __getitem__.
class Mapping:
    def keys(self):
        return ["m1", "m2"]
    def __getitem__(self, k):
        return k.upper()
print("mapping protocol:", dict(Mapping()), {**Mapping()})
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1]}
except TypeError as e:
    print(type(e).__name__, e)

# Views, copy and equality.
print("copy type:", type(d.copy()).__name__, type(d | {}).__name__, type({} | d).__name__)
print("eq ignores type:", Default(a=1) == {"a": 1}, repr(Default(a=1)))
