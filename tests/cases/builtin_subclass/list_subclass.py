# list subclasses: which overridden dunders the builtin machinery honours.

class Logged(list):
    def __getitem__(self, i):
        print("  __getitem__", i)
        return super().__getitem__(i)
    def __setitem__(self, i, v):
        print("  __setitem__", i, v)
        super().__setitem__(i, v)
    def append(self, x):
        print("  append", x)
        super().append(x)

l = Logged([3, 1, 2])
print("index:", l[0])
l[1] = 10
print("slice:", l[0:2], type(l[0:2]).__name__)
print("len:", len(l))
class FakeLen(list):
    def __len__(self):
        return 5
fl = FakeLen()
print("len/bool use the override:", len(fl), bool(fl), "but list methods see real size:", list(fl), fl == [], repr(fl))
print("iteration does not call __getitem__:", [x for x in l])
print("list() copies without __getitem__:", list(l))
print("sorted:", sorted(l))
l.sort()
print("sort in place:", l)
print("extend does not call append:", end=" ")
l.extend([7])
print(l)
print("+= does not call append:", end=" ")
l += [8]
print(l, type(l).__name__)
print("insert/pop bypass __setitem__:", l.insert(0, 0), l.pop(), l)
print("unpack uses iteration:", *l)

class Rev(list):
    def __iter__(self):
        return iter(list.__getitem__(self, slice(None, None, -1)))
r = Rev([1, 2, 3])
print("overridden __iter__ used by list(), for, join:", list(r), [x for x in r], "".join(map(str, r)))
print("but not by list.__repr__, ==, or copy:", r, r == [1, 2, 3], r.copy(), type(r.copy()).__name__)
print("sorted uses __iter__:", sorted(r, reverse=False), "sum:", sum(r), "len:", len(r))

class Typed(list):
    def __init__(self, items=()):
        super().__init__(int(x) for x in items)
    def __add__(self, other):
        return Typed(list.__add__(self, list(other)))
    def __mul__(self, n):
        return Typed(list.__mul__(self, n))
    def __repr__(self):
        return f"Typed({list.__repr__(self)})"
t = Typed(["1", 2.7, True])
print("typed:", t, t + ["4"], type(t + [4]).__name__, t * 2, [0] + t, type([0] + t).__name__)
t2 = t
t2 += ["5"]
print("iadd inherited from list keeps object:", t2 is t, t)

class Eq(list):
    def __eq__(self, other):
        return "custom eq"
    __hash__ = None
print("eq override:", Eq([1]) == [1], [1] == Eq([1]), Eq() != [], [Eq()] == [Eq()])
print("count/index use element ==:", [Eq(), 1].count([]), [1, Eq()].index(Eq([5])))

class Ordered(list):
    def __lt__(self, other):
        return len(self) < len(other)
print("min by overridden __lt__:", min([Ordered([9, 9]), Ordered([1, 1, 1]), Ordered([5])]))
