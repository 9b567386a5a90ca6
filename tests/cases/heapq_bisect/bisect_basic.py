# bisect/insort with lo, hi and key, and their errors.
import bisect

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 2.5, 8, 9]:
    print("find", x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))
print("lo_hi", bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3),
      bisect.bisect_left(a, 5, lo=1, hi=4), bisect.bisect_right(a, 0, 3))
print("hi_minus1", bisect.bisect_right(a, 2, 0, -1), bisect.bisect_left(a, 2, hi=None))
print("hi_small", bisect.bisect_left(a, 9, 0, -5), bisect.bisect_right(a, 1, 5, 2))
print("bool_lo", bisect.bisect_left(a, 2, True), bisect.bisect_right(a, 2, 0, True))

recs = [("a", 1), ("b", 3), ("c", 3), ("d", 7)]
print("key", bisect.bisect_left(recs, 3, key=lambda r: r[1]),
      bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("x", 3), key=lambda r: r[1])
bisect.insort_left(recs, ("y", 3), key=lambda r: r[1])
print("insort_key", recs)

b = []
for x in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(b, x)
print("insort", b)
c = [1.0, 2.0, 3.0]
bisect.insort_left(c, 2)
bisect.insort_right(c, 2)
print("insort_lr", c, [type(v).__name__ for v in c])
d = [10, 20, 30]
bisect.insort(d, 15, 2)
bisect.insort(d, 35, 0, 1)
print("insort_lohi", d)


def grade(score, breakpoints=[60, 70, 80, 90], grades="FDCBA"):
    return grades[bisect.bisect(breakpoints, score)]


print("grades", [grade(s) for s in [33, 99, 77, 70, 89, 90, 100]])


class Seq:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        print("  get", i)
        return self.items[i]

    def insert(self, i, x):
        print("  insert", i, x)
        self.items.insert(i, x)


s = Seq([1, 3, 5, 7, 9, 11])
print("custom", bisect.bisect_left(s, 7))
bisect.insort(s, 4)
print("custom_items", s.items)

for label, func in [("neg_lo", lambda: bisect.bisect_left(a, 1, -1)),
                    ("neg_lo_insort", lambda: bisect.insort(a, 1, -2)),
                    ("str_lo", lambda: bisect.bisect_right(a, 1, "0")),
                    ("float_lo", lambda: bisect.bisect_right(a, 1, 1.5)),
                    ("str_hi", lambda: bisect.bisect_left(a, 1, 0, "3")),
                    ("float_hi", lambda: bisect.bisect_left(a, 1, 0, 2.0)),
                    ("hi_too_big", lambda: bisect.bisect_left(a, 100, 0, 20)),
                    ("no_len", lambda: bisect.bisect(5, 1)),
                    ("mixed", lambda: bisect.bisect([1, 2], "x")),
                    ("big_lo", lambda: bisect.bisect(a, 1, 2 ** 80))]:
    try:
        print(label, func())
    except Exception as e:
        print(label, type(e).__name__, e)
