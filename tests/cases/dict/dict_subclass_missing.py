class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in "hello":
    c[ch] += 1
print(c, c["zzz"], "zzz" in c, c.get("zzz"))

class DefaultList(dict):
    def __missing__(self, key):
        value = self[key] = []
        return value

dl = DefaultList()
dl["a"].append(1)
dl["a"].append(2)
dl["b"].append(3)
print(dl)

class Lower(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)
    def __getitem__(self, key):
        return super().__getitem__(key.lower())

lo = Lower()
lo["HeLLo"] = 1
print(lo, lo["HELLO"], lo.get("hello"), lo.get("HELLO"))
lo2 = Lower(ABC=1)
print("init bypasses __setitem__", lo2)
print(isinstance(c, dict), type(c).__name__, dict(c), repr(Counter(a=1)))
class Ordered(dict):
    def __repr__(self):
        return "Ordered(" + super().__repr__() + ")"
print(Ordered(x=1), str(Ordered()), Ordered(a=1) == {"a": 1})
print(Counter(a=1) | {"b": 2}, type(Counter(a=1) | {"b": 2}).__name__)
