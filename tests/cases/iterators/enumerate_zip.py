print(list(enumerate("abc")), list(enumerate("abc", 10)), list(enumerate([], 5)), list(enumerate("ab", start=-1)))
e = enumerate(["x", "y"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
print(list(zip()), list(zip([1, 2, 3])), list(zip("abc", range(10))), list(zip([1], [2], [3])))
print(dict(zip("abc", range(3))), list(zip(*[(1, "a"), (2, "b")])))
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1], [2], [3, 4], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print(list(zip([1, 2], "ab", strict=True)))
it = iter(range(10))
print(list(zip(it, it, it)), list(it))
calls = []
def gen(name, n):
    for i in range(n):
        calls.append(f"{name}{i}")
        yield i
list(zip(gen("a", 2), gen("b", 5)))
print("zip stops", calls)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
for i, (a, b) in enumerate(zip("xy", "pq"), 1):
    print(i, a, b)
