# Truth testing: __bool__ first, then __len__, and the errors for bad return values.

class B:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v

class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n

class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 10

print("bool(B(True)):", bool(B(True)))
print("not B(False):", not B(False))
print("if L(0):", "yes" if L(0) else "no")
print("L(3) and 'x':", L(3) and "x")
print("Both:", bool(Both()), len(Both()))
print("plain object:", bool(object()))
print("while:", [i for i in range(3) if L(i)])

# Errors from __bool__.
class BoolInt:
    def __bool__(self):
        return 1
class BoolNone:
    __bool__ = None
class BoolRaises:
    def __bool__(self):
        raise RuntimeError("no truth")
for label, obj in [("int", BoolInt()), ("None", BoolNone()), ("raises", BoolRaises())]:
    try:
        print(label, bool(obj))
    except (TypeError, RuntimeError) as e:
        print(label, "->", type(e).__name__, e)
try:
    if BoolInt():
        pass
except TypeError as e:
    print("in if ->", e)
try:
    not BoolInt()
except TypeError as e:
    print("in not ->", e)

# Errors from __len__.
class LenNeg:
    def __len__(self):
        return -1
class LenStr:
    def __len__(self):
        return "3"
class LenFloat:
    def __len__(self):
        return 3.0
class LenHuge:
    def __len__(self):
        return 2 ** 100
class LenBool:
    def __len__(self):
        return True
class LenIndex:
    def __len__(self):
        class Ix:
            def __index__(self):
                return 4
        return Ix()
for label, obj in [("neg", LenNeg()), ("str", LenStr()), ("float", LenFloat()), ("huge", LenHuge()),
                   ("bool", LenBool()), ("index", LenIndex())]:
    for fn in (len, bool):
        try:
            print(label, fn.__name__, fn(obj))
        except (TypeError, ValueError, OverflowError) as e:
            print(label, fn.__name__, "->", type(e).__name__, e)

# len() on things without __len__.
for obj in (5, iter([]), None, (x for x in [])):
    try:
        len(obj)
    except TypeError as e:
        print(type(e).__name__, e)

# Subclass of int returned by __len__ is converted.
class SubInt(int):
    pass
class LenSub:
    def __len__(self):
        return SubInt(2)
print("len subclass:", len(LenSub()), type(len(LenSub())).__name__)

# Truthiness of builtins.
print("builtins:", [bool(x) for x in (0, 0.0, 0j, "", b"", [], (), {}, set(), range(0), None, ...)])
print("non-empty:", [bool(x) for x in (-1, 0.1, " ", [0], (None,), {0: 0}, range(1))])
print("type of len result:", type(len(LenBool())).__name__, type(len(LenIndex())).__name__)
