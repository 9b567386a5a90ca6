# chain, groupby and the filtering iterators: results and laziness.
from itertools import (chain, compress, dropwhile, filterfalse, groupby, pairwise,
                       starmap, takewhile)

print("chain", list(chain("ab", [1, 2], (), range(2))))
print("chain_empty", list(chain()))
print("from_iterable", list(chain.from_iterable(["xy", "z", []])))
trace = []


def tracked(name, items):
    trace.append("start " + name)
    for x in items:
        yield x
    trace.append("end " + name)


c = chain(tracked("a", [1]), tracked("b", [2, 3]))
print("chain_lazy", next(c), trace)
print("chain_rest", list(c), trace)
c = chain([1], 5, [2])
print("chain_bad_first", next(c))
try:
    next(c)
except TypeError as e:
    print("chain_bad", e)
print("chain_after_error", list(c))
try:
    chain(a=1)
except TypeError as e:
    print("chain_kw", e)
try:
    chain.from_iterable()
except TypeError as e:
    print("from_iterable_noarg", e)

data = "aaabccddddae"
print("groupby", [(k, "".join(g)) for k, g in groupby(data)])
print("groupby_keys", [k for k, _ in groupby(data)])
print("groupby_key", [(k, list(g)) for k, g in groupby(range(10), key=lambda x: x // 4)])
groups = groupby("aabbc")
k1, g1 = next(groups)
k2, g2 = next(groups)
print("grouper_invalidated", k1, list(g1), k2, list(g2))
groups = groupby([1, 1, 2, 2, 2, 3])
k, g = next(groups)
print("partial_group", k, next(g))
print("skip_rest", [(k, list(g)) for k, g in groups])
print("grouper_type", type(g).__name__)
print("groupby_empty", list(groupby([])))
print("groupby_mixed", [k for k, _ in groupby([1, 1.0, True, 2, 2.0])])


class Eq:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        Eq.calls += 1
        return self.v == other.v

    def __repr__(self):
        return "Eq(%d)" % self.v


items = [Eq(1), Eq(1), Eq(2)]
print("custom_eq", [(k, len(list(g))) for k, g in groupby(items)], Eq.calls)

print("compress", list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("compress_short", list(compress("ABCDEF", [0, 1])))
print("dropwhile", list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print("takewhile", list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
tw = takewhile(lambda x: x < 3, iter(range(10)))
print("takewhile_stop", list(tw), list(tw))
print("filterfalse", list(filterfalse(lambda x: x % 2, range(10))))
print("filterfalse_none", list(filterfalse(None, [0, 1, "", "a", None, [], [0]])))
print("pairwise", list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])))
print("starmap", list(starmap(pow, [(2, 5), (3, 2), [10, 3]])))
print("starmap_gen", list(starmap(lambda *a: sum(a), [range(3), "", (4,)][::2])))
try:
    list(starmap(pow, [5]))
except TypeError as e:
    print("starmap_bad", e)
for name, factory in [("compress", lambda: compress(1, [])),
                      ("dropwhile", lambda: dropwhile(None)),
                      ("filterfalse", lambda: filterfalse(None, [], x=1)),
                      ("pairwise", lambda: pairwise()),
                      ("starmap", lambda: starmap(len)),
                      ("takewhile", lambda: takewhile(len, 3))]:
    try:
        factory()
    except TypeError as e:
        print("err", name, e)
