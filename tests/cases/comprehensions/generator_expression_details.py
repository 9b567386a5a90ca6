def src():
    print("  src called")
    return range(3)
g = (x * 2 for x in src())
print("created")
print(list(g))
try:
    (x for x in 5)
except TypeError as e:
    print(type(e).__name__, e)
g2 = (1 / x for x in [1, 0])
print("no error until iteration")
try:
    list(g2)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sum(x for x in range(5)), max(len(w) for w in ["a", "abc"]), sorted(c for c in "bca"))
print(list(x for x in range(3) if x), tuple(x * y for x in range(3) for y in range(x)))
gen = (x for x in range(3))
print(gen.__name__, gen.__qualname__, type(gen).__name__)
print(next(gen), list(gen), list(gen))
def in_function():
    base = 5
    return list(base + i for i in range(3))
print(in_function())
print(", ".join(f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()))
print(any(print("  any visits", x) or x == 2 for x in range(5)))
