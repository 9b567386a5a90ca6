# Sequence and MutableSequence mixin methods over a minimal implementation.
from collections.abc import Sequence, MutableSequence, Reversible


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.n))]
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError("Squares index out of range")
        return i * i


s = Squares(6)
print("iter", list(s))
print("reversed", list(reversed(s)))
print("contains", 16 in s, 17 in s)
print("index", s.index(9), s.index(9, 2), s.index(16, -3), s.index(25, 0, 6))
for args in ((7,), (0, 1), (16, 0, 3), (9, -2)):
    try:
        s.index(*args)
    except ValueError as e:
        print("index", args, type(e).__name__, repr(str(e)))
print("count", s.count(4), s.count(5))
print("slice", s[1:4], s[::-2])
print("isinstance", isinstance(s, Reversible), isinstance(s, MutableSequence))
match s:
    case [0, 1, *rest]:
        print("match sequence", rest)
    case _:
        print("no match")


class Vec(MutableSequence):
    def __init__(self, items=()):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def insert(self, i, v):
        self.items.insert(i, v)

    def __repr__(self):
        return f"Vec({self.items})"


v = Vec("abc")
v.append("d")
print("append", v)
v.extend("ef")
print("extend", v)
v.extend(v)
print("extend self", v, len(v))
v.reverse()
print("reverse", v)
print("pop", v.pop(), v.pop(0), v)
v.remove("c")
print("remove", v)
try:
    v.remove("zz")
except ValueError as e:
    print("remove missing", type(e).__name__)
v += ["x", "y"]
print("iadd", v, type(v).__name__)
v.clear()
print("clear", v)
try:
    v.pop()
except IndexError as e:
    print("pop empty", e)
w = Vec([1, 2, 3, 4, 5])
w.reverse()
print("odd reverse", w)
print("count", Vec([1, 1, 2]).count(1), Vec([1.0, 2]).index(1))
try:
    Sequence.__getitem__(s, 0)
except IndexError as e:
    print("abstract getitem", type(e).__name__)
print("hashable sequence", hash(s) == hash(s), type(hash(s)).__name__)
