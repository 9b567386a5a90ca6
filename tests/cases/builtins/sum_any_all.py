print(sum([]), sum([1, 2, 3]), sum(range(101)), sum([0.1] * 3), sum([1, 2], 10), sum((1.5, 2)), sum([True, True, False]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([1j, 2]), sum([10 ** 20, 1]), sum(x * x for x in range(4)))
print(sum([1, 2], start=5), sum(iter([1, 2, 3])), sum({1: "a", 2: "b"}), sum(map(int, "123")))
for bad in [lambda: sum(["a"]), lambda: sum([1], "x"), lambda: sum([b"a"], b""), lambda: sum([[1]]), lambda: sum(5)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([0.1] * 10), sum([1e100, 1.0, -1e100]), sum([float("inf"), 1]), sum([1, 2.5]))
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any(x > 5 for x in range(10)), all(x < 5 for x in range(10)), any("abc"), all(""))
calls = []
def check(v):
    calls.append(v)
    return v
print(any(check(v) for v in [0, 0, 3, 4]), calls)
calls.clear()
print(all(check(v) for v in [1, 2, 0, 4]), calls)
try:
    any(5)
except TypeError as e:
    print(type(e).__name__, e)
