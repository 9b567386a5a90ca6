squares = (x * x for x in range(6))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))

print("sum", sum(x for x in range(10) if x % 3 == 0))
print("max", max((len(w), w) for w in "the quick brown fox".split()))
print("tuple", tuple(c.upper() for c in "abc"))
print("dict", dict((k, k * 2) for k in range(3)))
print("join", "-".join(str(n) for n in range(5)))
print("any", any(n > 3 for n in range(5)), all(n < 3 for n in range(5)))

pairs = ((a, b) for a in range(3) for b in range(a))
print("pairs", list(pairs))

data = [3, 1, 2]
g = (v * 10 for v in data)
data.append(4)
print("lazy over same list", list(g))

first_iter = iter([1, 2])
try:
    g2 = (v for v in 5)
except TypeError as e:
    print("eager first iterable", type(e).__name__, e)

def bad_inner():
    return (1 / v for v in [1, 0])
g3 = bad_inner()
print(next(g3))
try:
    next(g3)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print("after error", list(g3))
print("nested", list(x for row in [[1, 2], [3]] for x in row))
