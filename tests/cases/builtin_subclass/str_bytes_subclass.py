# Subclasses of str and bytes: which operations keep the subclass, str()/bytes() conversions.

class Tag(str):
    def __new__(cls, value):
        return super().__new__(cls, value.strip().lower())
    def __repr__(self):
        return f"Tag({str.__repr__(self)})"
    def shout(self):
        return self.upper() + "!"

t = Tag("  Hello ")
print("value:", t, repr(t), len(t), t.shout())
print("methods return str:", type(t.upper()).__name__, type(t + "x").__name__, type(t[1:]).__name__,
      type(t * 2).__name__, type(t.strip()).__name__, type(t.replace("x", "y")).__name__)
print("str() exact:", type(str(t)).__name__, str(t) == t, type(f"{t}").__name__, type(format(t, "")).__name__)
print("join of subclasses:", "-".join([t, Tag("B")]), type(Tag(",").join(["a", "b"])).__name__)
print("compare/hash:", t == "hello", hash(t) == hash("hello"), {"hello": 1}[t], t in {"hello"})
print("percent:", "%s|%r" % (t, t), "%s" % Tag("x") + "!")
print("iteration:", list(Tag("ab")), [type(c).__name__ for c in Tag("ab")][0])
print("split:", Tag("a b").split(), type(Tag("a b").split()[0]).__name__)

class Upper(str):
    def __str__(self):
        return "custom str"
    def __format__(self, spec):
        return "custom format"
u = Upper("raw")
print("str override:", str(u), f"{u}", format(u), "%s" % u, "{}".format(u), print(u) or "")
print("concat uses data:", u + "!", "raw" == u)

class Path(str):
    def __truediv__(self, other):
        return Path(self + "/" + other)
    def __add__(self, other):
        return Path(str.__add__(self, other))
p = Path("usr") / "lib" / "python"
print("custom ops:", p, type(p).__name__, type(p + "x").__name__, type("x" + p).__name__)
print("contains:", "lib" in p, p.startswith("usr"), p.count("/"))

class Blob(bytes):
    def __new__(cls, data=b""):
        if isinstance(data, str):
            data = data.encode()
        return super().__new__(cls, data)
    def hexed(self):
        return self.hex()
b = Blob("hi")
print("bytes sub:", b, repr(b), b.hexed(), type(b[0:1]).__name__, type(b + b"x").__name__, b[0])
print("bytes() exact:", type(bytes(b)).__name__, bytes(b) == b"hi", Blob(b"\x00\x01").hexed())
print("decode:", b.decode(), type(b.decode()).__name__, Blob.fromhex("6869"), type(Blob.fromhex("00")).__name__)

class Buf(bytearray):
    def append(self, x):
        super().append(x)
        super().append(x)
bb = Buf(b"a")
bb.append(98)
bb.extend(b"c")
print("bytearray sub:", bb, type(bb[:1]).__name__, type(bb.copy()).__name__)

# Immutable-base __new__ with extra arguments and __init__ mismatch.
class Prefixed(str):
    def __new__(cls, value, prefix=">"):
        self = super().__new__(cls, prefix + value)
        self.prefix = prefix
        return self
pf = Prefixed("x", prefix="#")
print("prefixed:", pf, pf.prefix, pf.__dict__)
try:
    Tag()
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.__new__(Tag, 1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
