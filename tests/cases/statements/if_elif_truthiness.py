def classify(v):
    if v is None:
        return "none"
    elif v is True or v is False:
        return "bool"
    elif not v:
        return "falsy"
    elif isinstance(v, int) and v > 100:
        return "big"
    else:
        return "truthy"

for v in [None, True, False, 0, 0.0, "", [], {}, (), set(), 1, 1000, "x", [0], 0j, range(0), b"", frozenset()]:
    print(repr(v), classify(v))

class Custom:
    def __init__(self, b):
        self.b = b
    def __bool__(self):
        print("  __bool__ called")
        return self.b

class Sized:
    def __len__(self):
        return 0

print("custom", "yes" if Custom(True) else "no", "yes" if Custom(False) else "no")
print("sized empty", bool(Sized()))
print("object default", bool(object()))

class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(type(e).__name__, e)

class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)

print("and/or values", 0 or "x", "a" and "b", [] and 1, None or 0 or "", 1 and 2 and 3)
print("not", not 0, not [1], not None)
print("ternary", "a" if 0 else "b", "c" if [0] else "d")
x = 0
if x:
    pass
elif x == 0:
    print("elif zero")
