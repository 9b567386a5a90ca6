# Iteration and membership fallbacks: __getitem__ sequences, __contains__, __reversed__, None-blocking.

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= self.n:
            raise IndexError(i)
        return i * 10

print("list:", list(Seq(3)))
print("in (found):", 10 in Seq(3))
print("in (missing):", 99 in Seq(2))
it = iter(Seq(2))
print("iter type:", type(it).__name__, next(it), next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")

# StopIteration from __getitem__ also ends iteration.
class StopSeq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print("stop:", list(StopSeq()))

# Other exceptions propagate.
class KeySeq:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeySeq())
except KeyError as e:
    print("KeyError propagates:", e)

# Membership order: __contains__, then __iter__, then __getitem__.
class Contains:
    def __contains__(self, x):
        print("  contains", x)
        return x == "yes"
    def __iter__(self):
        raise AssertionError("not used")
print("contains:", "yes" in Contains(), "no" not in Contains())
class ContainsTruthy:
    def __contains__(self, x):
        return [x]
print("non-bool converted:", 1 in ContainsTruthy(), type(1 in ContainsTruthy()).__name__)
class IterOnly:
    def __iter__(self):
        print("  iter")
        return iter([1, 2, 3])
print("via iter:", 2 in IterOnly(), 5 in IterOnly())

# Setting a method to None blocks the fallback.
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
class NoReversed:
    __reversed__ = None
    def __len__(self):
        return 1
    def __getitem__(self, i):
        return i
for label, action in [
    ("iter None", lambda: iter(NoIter())),
    ("for None", lambda: [x for x in NoIter()]),
    ("in None iter", lambda: 1 in NoIter()),
    ("contains None", lambda: 1 in NoContains()),
    ("reversed None", lambda: reversed(NoReversed())),
    ("plain not iterable", lambda: iter(object())),
    ("in plain", lambda: 1 in object()),
    ("in int", lambda: 1 in 5),
    ("reversed plain", lambda: reversed(object())),
    ("reversed set", lambda: reversed({1})),
    ("unpack", lambda: [a for a, b in [5]]),
]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", e)

# reversed() falls back to __len__ + __getitem__.
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return "abc"[i]
print("reversed fallback:", list(reversed(Rev())), type(reversed(Rev())).__name__)
class OwnRev(Rev):
    def __reversed__(self):
        return iter("own")
print("own reversed:", list(reversed(OwnRev())))

# __iter__ must return an iterator.
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print("bad iter ->", e)
class NotIterator:
    def __iter__(self):
        return self
try:
    next(iter(NotIterator()))
except TypeError as e:
    print("no __next__ ->", e)

# iter(callable, sentinel).
counter = iter([1, 2, 3, 0, 4]).__next__
print("sentinel:", list(iter(counter, 0)))
try:
    iter(5, 0)
except TypeError as e:
    print("sentinel not callable ->", e)
