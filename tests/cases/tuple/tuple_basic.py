t = (1, "two", 3.0)
print(t, len(t), t[0], t[-1], t[1:], t[::-1], type(t).__name__)
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)), tuple(x * 2 for x in range(3)))
single = 5,
print(single, type(single).__name__, (5), type((5)).__name__)
print(t + (4,), t * 2, 2 * (0,), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,))
print(t.count(1), t.index("two"), (1, 1, 1).count(1), 3.0 in t, "x" not in t)
def err(label, fn):
    try:
        fn()
    except (TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__, e)
def assign():
    t[0] = 1
err("assign", assign)
err("index", lambda: t[10])
err("index method", lambda: t.index("zz"))
err("concat list", lambda: t + [1])
err("hash unhashable", lambda: hash((1, [2])))
print(hash((1, 2)) == hash((1, 2)), hash(()), hash((1, 2)), hash((1,)), hash(((1, 2), 3)))
a, b, c = t
print(a, b, c)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], len(nested))
lst_in_tuple = ([1], [2])
lst_in_tuple[0].append("mutated")
print(lst_in_tuple)
print(tuple(sorted((3, 1, 2))), max((1, 5, 3)), sum((1, 2, 3)), min(((2, "b"), (1, "z"))))
print(repr((1, "a", None)), str(("x",)), repr(((),)), (1, 2).__len__(), (1, 2).__getitem__(0))
print((1, 2) + (), () + () == (), (0,) * 0, t is tuple(t))
