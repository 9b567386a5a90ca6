r = range(10)
print(r, list(r), len(r), r[0], r[-1], r[2:5], r[::-1], r[::3], type(r[1:]).__name__)
print(range(5, 0, -1), list(range(5, 0, -1)), list(range(0, 10, 3)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(len(range(0, 100, 7)), len(range(100, 0, -7)), len(range(-5, 5)), len(range(5, 5)))
print(5 in r, 10 in r, -1 in r, 3.0 in r, "a" in r, range(0, 20, 5).index(15), range(3).count(2))
print(range(3) == range(0, 3), range(0) == range(5, 2), range(0, 3, 2) == range(0, 4, 2), range(1) != range(2))
print(range(1, 10, 2).start, range(1, 10, 2).stop, range(1, 10, 2).step, range(4).start)
print(list(reversed(range(1, 8, 2))), sum(range(101)), max(range(7)), min(range(3, 9)))
big = range(10 ** 20)
print(len(big) if False else "skip", big[-1], 10 ** 19 in big, big[10 ** 19], big[5:10])
try:
    len(range(2 ** 64))
except OverflowError as e:
    print(type(e).__name__, e)
print(range(2 ** 64)[2 ** 63], range(-3, 3)[-1], range(0, -10, -2)[2])
for bad in [lambda: range(10)[10], lambda: range(0)[0], lambda: range(1, 2, 0), lambda: range(1.0), lambda: range("3"), lambda: range()]:
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    range(5).index(7)
except ValueError as e:
    print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3)), bool(range(0)), bool(range(1)), repr(range(-2, 8, 3)))
it = iter(range(3))
print(type(it).__name__, next(it), list(it))
