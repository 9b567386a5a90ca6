# set and frozenset subclasses: result types of operations, __new__/__init__, hashing, reprs.

class Tags(set):
    def add(self, item):
        super().add(item.lower() if isinstance(item, str) else item)

t = Tags([3, 1, 2])
t.add(4)
print("repr:", t, repr(Tags()), type(t).__name__)
print("operators return the subclass? |", type(t | {9}).__name__, "&", type(t & {1}).__name__,
      "-", type(t - {1}).__name__, "^", type(t ^ {1}).__name__)
print("methods:", type(t.union([5])).__name__, type(t.copy()).__name__, type(t.difference()).__name__)
print("reflected:", type({9} | t).__name__, sorted({9} | t))
print("update bypasses add:", end=" ")
t.update([10, 11])
print(sorted(t))
t |= {12}
print("in-place keeps object type:", type(t).__name__, len(t))
print("comparisons:", t >= {1, 2}, t == set(t), Tags([1]) == frozenset([1]))
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)

class Frozen(frozenset):
    def __new__(cls, *items):
        return super().__new__(cls, items)
    def __repr__(self):
        return f"Frozen{tuple(sorted(self))}"
f = Frozen(3, 1, 2)
print("frozen:", f, len(f), 2 in f, hash(f) == hash(frozenset({1, 2, 3})))
print("frozen ops return frozenset:", type(f | {4}).__name__, sorted(f | {4}), type(f.copy()).__name__, f.copy() is f)
print("frozenset(sub) is a new exact frozenset:", type(frozenset(f)).__name__, frozenset(f) is f)
print("usable as key:", {f: "v"}[frozenset({1, 2, 3})], {Frozen(1), frozenset({1})})
empty = Frozen()
print("empty subclass:", empty, type(empty).__name__, empty == frozenset())

class Positive(set):
    def __init__(self, items=()):
        super().__init__(x for x in items if x > 0)
print("init filter:", sorted(Positive([-1, 2, 0, 5])), type(Positive([1]) - {1}).__name__)

class NoDupCheck(frozenset):
    def __init__(self, *args):
        print("  __init__ called with", args)
nd = NoDupCheck([1, 2])
print("frozenset subclass __init__ does not change contents:", sorted(nd))

# Overriding __contains__ affects `in` but not set algebra.
class Liar(set):
    def __contains__(self, x):
        return True
lr = Liar({1})
print("liar:", 99 in lr, sorted(lr & {1, 99}), lr.issuperset({99}), lr >= {99})

# Overriding __iter__ affects list()/sorted() but not set operations.
class Shuffled(set):
    def __iter__(self):
        return iter(sorted(set.__iter__(self), reverse=True))
sh = Shuffled({1, 2, 3})
print("iter:", list(sh), sorted(sh | {0}), set(sh) == {1, 2, 3}, [x for x in sh])

try:
    Frozen(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    Tags(5)
except TypeError as e:
    print(type(e).__name__, e)
