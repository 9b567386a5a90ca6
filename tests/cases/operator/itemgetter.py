# operator.itemgetter: single and several items, reprs, pickling data, errors.
import operator as op

first = op.itemgetter(0)
pair = op.itemgetter(2, 0)
print("single", first([5, 6]), first("xyz"), first((None,)))
print("several", pair("abc"), pair([1, 2, 3]))
print("one tuple", op.itemgetter(1, 1)([7, 8]))
print("dict", op.itemgetter("b")({"a": 1, "b": 2}), op.itemgetter("a", "b")({"a": 1, "b": 2}))
print("slice", op.itemgetter(slice(1, None))([1, 2, 3]), op.itemgetter(slice(None, None, -1))("abc"))
print("negative", op.itemgetter(-1)([1, 2, 3]))
print("tuple key", op.itemgetter((1, 2))({(1, 2): "t"}))
print("repr", repr(first), repr(pair), repr(op.itemgetter("k", slice(1, 2))))
print("str", str(op.itemgetter(None)))
print("reduce", first.__reduce__(), pair.__reduce__())
cls, args = pair.__reduce__()
print("rebuilt", cls(*args)([10, 20, 30]))
print("type", type(first).__name__, type(first).__module__)

rows = [("bob", 3), ("alice", 5), ("carol", 3), ("dave", 1)]
print("sorted", sorted(rows, key=op.itemgetter(1)))
print("sorted two keys", sorted(rows, key=op.itemgetter(1, 0)))
print("max", max(rows, key=op.itemgetter(1)))
print("map", list(map(op.itemgetter(0), rows)))


class Recorder:
    def __getitem__(self, key):
        print("  getitem", key)
        return key * 2


print("custom", op.itemgetter(3, "a")(Recorder()))

selfref = []
g = op.itemgetter(selfref)
selfref.append(g)
print("recursive", repr(g))

try:
    first.x = 1
except AttributeError:
    print("no attributes")


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("no items", op.itemgetter)
attempt("index error", first, [])
attempt("key error", op.itemgetter("z"), {})
attempt("not subscriptable", first, 5)
attempt("partial failure", pair, [1])
attempt("unhashable key", op.itemgetter([1]), {})
attempt("kwargs", lambda: op.itemgetter(1, x=2))
