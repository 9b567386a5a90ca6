# accumulate, zip_longest and tee.
from itertools import accumulate, tee, zip_longest, islice

print("accumulate", list(accumulate([1, 2, 3, 4, 5])))
print("accumulate_str", list(accumulate("abc")))
print("accumulate_max", list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print("accumulate_func_kw", list(accumulate([1, 2, 3], func=lambda a, b: a * b)))
print("accumulate_initial", list(accumulate([1, 2, 3], initial=100)))
print("accumulate_initial_empty", list(accumulate([], initial=7)))
print("accumulate_empty", list(accumulate([])))
print("accumulate_none_initial", list(accumulate([1, 2], initial=None)))
calls = []


def mul(a, b):
    calls.append((a, b))
    return a * b


acc = accumulate(range(1, 5), mul, initial=10)
print("accumulate_lazy", next(acc), calls, next(acc), calls)
print("accumulate_rest", list(acc), len(calls))
for args, kwargs in [((), {}), (([1], None, None), {}), (([1],), {"bad": 1}),
                     ((5,), {}), (([1], 2, 3, 4), {})]:
    try:
        accumulate(*args, **kwargs)
    except TypeError as e:
        print("accumulate_err", e)
try:
    list(accumulate([1, "a"]))
except TypeError as e:
    print("accumulate_add", e)

print("zip_longest", list(zip_longest("abc", [1], (True, False))))
print("zip_longest_fill", list(zip_longest("ab", "wxyz", fillvalue="-")))
print("zip_longest_none", list(zip_longest()))
print("zip_longest_one", list(zip_longest("ab")))
try:
    zip_longest([1], fill=0)
except TypeError as e:
    print("zip_longest_kw", e)
try:
    zip_longest([1], 2)
except TypeError as e:
    print("zip_longest_iter", e)


class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 2:
            raise ValueError("flaky")
        if self.n > 3:
            raise StopIteration
        return self.n


z = zip_longest(Flaky(), "abcd")
print("zl_first", next(z))
try:
    next(z)
except ValueError as e:
    print("zl_error", e)
print("zl_after_error", list(z))

a, b = tee(iter([1, 2, 3, 4]))
print("tee", next(a), next(a), next(b), list(a), list(b))
print("tee_type", type(a).__name__, iter(a) is a)
x, y, z = tee("abc", 3)
print("tee3", list(x), list(y), "".join(z))
print("tee0", tee("abc", 0))
first, second = tee(range(5))
third = first.__copy__()
print("tee_copy", next(first), next(first), list(third), list(first), list(second))
c, d = tee(first)
print("tee_of_tee", c is first, d is first)
pulled = []


def source():
    for i in range(4):
        pulled.append(i)
        yield i


p, q = tee(source())
print("tee_lazy", next(p), pulled, next(q), pulled, list(islice(q, 2)), pulled)
for args, kwargs in [(([1], -1), {}), (([1], "2"), {}), ((), {}), (([1], 2, 3), {}),
                     (([1],), {"n": 2}), ((5,), {})]:
    try:
        tee(*args, **kwargs)
    except (TypeError, ValueError) as e:
        print("tee_err", type(e).__name__, e)
