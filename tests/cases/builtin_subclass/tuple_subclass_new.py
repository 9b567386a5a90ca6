# Tuple subclasses: immutable-base __new__, record-like classes, what operations return.

class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]
    @property
    def second(self):
        return self[1]
    def __repr__(self):
        return f"Pair{tuple.__repr__(self)}"
    def swap(self):
        return type(self)(self[1], self[0])
    def __getnewargs__(self):
        return tuple(self)

p = Pair(1, "x")
print("pair:", p, p.first, p.second, p.swap(), len(p))
print("is tuple:", isinstance(p, tuple), p == (1, "x"), hash(p) == hash((1, "x")))
print("slicing/concat give tuple:", type(p[:1]).__name__, type(p + (3,)).__name__, type(p * 2).__name__)
print("unpack:", *p, "iter:", list(p), "index:", p.index("x"), p.count(1))
print("sorted pairs:", sorted([Pair(2, "b"), Pair(1, "z"), Pair(2, "a")]))
try:
    p.third = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Pair(1, 2).first = 0
except AttributeError as e:
    print(type(e).__name__, e)

# __init__ runs after __new__ but cannot change the contents.
class Logged(tuple):
    def __init__(self, items):
        print("  __init__ sees", tuple(self), "from", items)
        self.size = len(self)
lg = Logged([3, 4])
print("logged:", lg, lg.size, lg.__dict__)

# A __new__ that normalises its input.
class SortedTuple(tuple):
    def __new__(cls, iterable=()):
        return super().__new__(cls, sorted(iterable))
st = SortedTuple([3, 1, 2])
print("sorted tuple:", st, SortedTuple(), type(st).__name__, repr(st))
print("tuple() of subclass is exact:", type(tuple(st)).__name__, tuple(st) is st)
empty1, empty2 = SortedTuple(), SortedTuple()
print("subclass empties are distinct objects of the subclass:", type(empty1).__name__, empty1 == ())

# Overriding __getitem__ and __len__ does not affect unpacking or tuple().
class Shouty(tuple):
    def __getitem__(self, i):
        return "overridden"
    def __len__(self):
        return 100
    def __iter__(self):
        return iter(["from", "iter"])
sh = Shouty((1, 2))
a, b = sh
print("unpack uses iter:", a, b, list(sh), tuple(sh), sh[0], len(sh))
print("tuple methods ignore overrides:", sh.count(1), tuple.__len__(sh), tuple.__getitem__(sh, 0))
print("comparison uses data:", sh == (1, 2), sh < (1, 3))

# __getnewargs__ and copy for a subclass with a custom __new__.
import copy
p2 = copy.copy(p)
p3 = copy.deepcopy(Pair([1], [2]))
print("copies:", p2, type(p2).__name__, p3, type(p3).__name__)
print("__getnewargs__:", p.__getnewargs__(), tuple.__getnewargs__(st), st.__getnewargs__())
s2 = copy.copy(st)
print("copy of SortedTuple:", s2, type(s2).__name__, s2 is st)
