# functools.reduce and functools.cmp_to_key, with their error paths.
from functools import reduce, cmp_to_key
import operator

print("sum", reduce(operator.add, [1, 2, 3, 4]))
print("initial", reduce(operator.add, [1, 2], 10), reduce(operator.add, [], 0))
print("single", reduce(operator.mul, [7]), reduce(operator.mul, [], "empty"))
print("strings", reduce(lambda acc, ch: ch + acc, "abc", ""))
print("iterator", reduce(max, iter([3, 9, 2])), reduce(operator.or_, ({i} for i in range(3))))
order = []


def trace(a, b):
    order.append((a, b))
    return a + b


reduce(trace, [1, 2, 3], 100)
print("order", order)
print("nested lists", reduce(operator.concat, [[1], [2, 3], []]))
print("dict merge", reduce(lambda a, b: {**a, **b}, [{"a": 1}, {"b": 2}, {"a": 3}]))


def attempt(label, fn, *args, **kw):
    try:
        print(label, fn(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("empty", reduce, operator.add, [])
attempt("not iterable", reduce, operator.add, 5)
attempt("no args", reduce)
attempt("one arg", reduce, max)
attempt("too many", reduce, max, [1], 0, 1)
attempt("keyword", reduce, max, [1], initial=0)
attempt("bad func", reduce, 1, [1, 2])
attempt("raising", reduce, operator.truediv, [1, 0])
attempt("gen error", reduce, operator.add, (1 / x for x in [1, 0]))


def by_length_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)


words = ["pear", "fig", "apple", "kiwi", "date"]
print("sorted", sorted(words, key=cmp_to_key(by_length_then_alpha)))
print("reverse", sorted(words, key=cmp_to_key(by_length_then_alpha), reverse=True))
K = cmp_to_key(lambda a, b: b - a)
print("descending", sorted([3, 1, 2], key=K), min([3, 1, 2], key=K), max([3, 1, 2], key=K))
k1, k2 = K(1), K(2)
print("compare", k1 < k2, k1 > k2, k1 <= k2, k1 >= k2, k1 == k2, k1 != k2, K(5) == K(5))
print("obj", k1.obj, k2.obj)
k1.obj = 10
print("obj set", k1.obj, k1 < k2)
print("type", type(k1).__name__, type(K).__name__, type(k1) is type(K))
print("kw call", K(obj=4).obj)
calls = []


def recording(a, b):
    calls.append((a, b))
    return 0


R = cmp_to_key(recording)
print("equal", R("x") == R("y"), calls)
attempt("compare with int", lambda: K(1) < 1)
attempt("eq with int", lambda: K(1) == 1)
try:
    hash(K(1))
except TypeError:
    print("hash TypeError")
attempt("bad result", lambda: cmp_to_key(lambda a, b: "no")(1) < cmp_to_key(lambda a, b: "no")(2))
attempt("cmp raises", sorted, [1, "a"], key=cmp_to_key(lambda a, b: a - b))
for action in (lambda: K(1).other, lambda: setattr(K(1), "other", 2)):
    try:
        action()
    except AttributeError:
        print("no other attributes")
attempt("K no args", K)
attempt("K two args", K, 1, 2)
attempt("K two keywords", K, obj=1, other=2)
attempt("K wrong keyword", K, other=1)
attempt("cmp_to_key no args", cmp_to_key)
attempt("cmp_to_key keyword", lambda: cmp_to_key(mycmp=len)(1).obj)
attempt("cmp_to_key two", cmp_to_key, len, len)
