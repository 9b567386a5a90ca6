def apply(fn, *args, **kwargs):
    return fn(*args, **kwargs)
print(apply(max, 3, 9, 2), apply(sorted, [3, 1], reverse=True), apply(lambda: "no args"))
def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
def reduce(fn, items, *initial):
    it = iter(items)
    if initial:
        acc = initial[0]
    else:
        try:
            acc = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    for x in it:
        acc = fn(acc, x)
    return acc
print(reduce(lambda a, b: a * b, range(1, 6)), reduce(lambda a, b: a + b, ["a", "b", "c"], ">"))
try:
    reduce(lambda a, b: a, [])
except TypeError as e:
    print(type(e).__name__, e, e.__suppress_context__)
def memo(fn):
    cache = {}
    def w(*a):
        if a not in cache:
            cache[a] = fn(*a)
        return cache[a]
    return w
@memo
def grid(r, c):
    return 1 if r == 0 or c == 0 else grid(r - 1, c) + grid(r, c - 1)
print(grid(16, 16))
print(sorted(["bb", "a", "ccc"], key=len), list(map(len, ["bb", "a"])), max([(1, "b"), (1, "a")]))
ops = {"add": lambda a, b: a + b, "sub": lambda a, b: a - b, "mul": lambda a, b: a * b}
print({name: op(7, 3) for name, op in ops.items()})
