# __index__ lets an object stand in for an int in slicing, indexing, bin/hex/oct, range and repetition.
import operator

class I:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
    def __repr__(self):
        return f"I({self.v})"

data = list(range(10))
print("index:", data[I(3)], "tuple:", tuple(data)[I(-1)], "str:", "abcdef"[I(2)], "bytes:", b"xyz"[I(0)])
print("slice:", data[I(2):I(8):I(2)], "str slice:", "abcdef"[I(1):I(-1)])
print("slice obj:", slice(I(1), I(5)).indices(10), data[slice(I(1), None)])
print("range:", list(range(I(3))), list(range(I(1), I(10), I(4))), range(10)[I(4)])
print("range attrs:", range(I(5)).stop, type(range(I(5)).stop).__name__)
print("bin/oct/hex:", bin(I(5)), oct(I(8)), hex(I(255)), bin(I(-3)))
print("repeat:", [0] * I(3), "ab" * I(2), I(2) * (1,), b"-" * I(3))
print("operator.index:", operator.index(I(12)), operator.index(True))
print("int():", int(I(9)), "round digits:", round(3.14159, I(2)))
print("chr:", chr(I(65)), "list.pop:", [1, 2, 3].pop(I(0)), "insert:", (lambda l: (l.insert(I(1), "x"), l)[1])([1, 2]))
print("str methods:", "hello".center(I(9), "*"), "a,b,c".split(",", I(1)), "x".zfill(I(3)))
print("int.to_bytes:", (258).to_bytes(I(2), "big"), "bytes():", bytes(I(3)))
print("percent formats:", "%d" % I(42), "%x" % I(255), "%o" % I(8), "%c" % I(97))
l2 = list("abcdef")
l2[I(1):I(3)] = ["X"]
del l2[I(0)]
print("slice assign/del:", l2)
import math
print("math.comb:", math.comb(I(5), I(2)), "factorial:", math.factorial(I(5)))

# Objects without __index__.
class NoIndex:
    def __int__(self):
        return 1
ni = NoIndex()
for label, action in [
    ("list index", lambda: data[ni]),
    ("tuple index", lambda: (1, 2)[ni]),
    ("str index", lambda: "ab"[ni]),
    ("float index", lambda: data[1.0]),
    ("slice", lambda: data[ni:]),
    ("slice float", lambda: data[:2.5]),
    ("range", lambda: range(ni)),
    ("bin", lambda: bin(ni)),
    ("hex float", lambda: hex(1.5)),
    ("repeat", lambda: [0] * ni),
    ("str repeat", lambda: "a" * 2.0),
    ("operator.index", lambda: operator.index(ni)),
    ("chr", lambda: chr(ni)),
    ("%x", lambda: "%x" % 1.5),
    ("slice.indices", lambda: slice(ni).indices(4)),
    ("range index", lambda: range(5)[ni]),
]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", e)

# Huge __index__ values.
class Huge:
    def __index__(self):
        return 10 ** 30
print("huge slice clamps:", data[Huge():], data[:Huge()][:3], data[I(-10**30):2])
for label, action in [("huge index", lambda: data[Huge()]), ("huge repeat", lambda: [0] * Huge())]:
    try:
        print(label, action())
    except (IndexError, OverflowError, MemoryError) as e:
        print(label, "->", type(e).__name__, e)

# __index__ raising propagates.
class Boom:
    def __index__(self):
        raise ValueError("no index today")
try:
    data[Boom()]
except ValueError as e:
    print(type(e).__name__, e)
