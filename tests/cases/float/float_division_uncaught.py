for a, b in [(1.0, 0.0), (1, 0.0), (0.0, 0.0), (-1.0, -0.0)]:
    for label, op in [("/", lambda x, y: x / y), ("//", lambda x, y: x // y), ("%", lambda x, y: x % y)]:
        try:
            op(a, b)
        except ZeroDivisionError as e:
            print(a, label, b, "->", e)
print("inf arithmetic ok", 1.0 / float("inf"), float("inf") / 2)
samples = [4.0, 2.5, 0.0]
for s in samples:
    print("inverse of", s, "is", 1.0 / s)
