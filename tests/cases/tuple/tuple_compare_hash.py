pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a"), (0,), (0, 0), ()]
print(sorted(pairs, key=lambda t: (len(t), t)))
print(sorted([(1, 2), (1,), (1, 2, 3), (0, 9)]))
print((1, 2) < (1, 2, 3), (2,) > (1, 99), () < (0,), (1, "a") < (1, "b"), (1, 2) == (1.0, 2.0))
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
print((float("nan"),) == (float("nan"),))
n = float("nan")
print((n,) == (n,), [n] == [n], n in (n,))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)), hash((1,)) == hash((1.0,)))
print(hash(((),)), hash((0, 0, 0)), hash(("",) * 0))
print(max((1, "b"), (1, "a")), min([(2, 1), (1, 2)]), sorted([(1, [2]), (0, [3])]))
print(tuple(reversed((1, 2, 3))), (1, 2, 3)[::-2], (1, 2, 3).index(3), (1, 1, 2).count(1))
