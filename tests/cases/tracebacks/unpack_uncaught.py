for src in [(1,), (1, 2, 3), (), "ab", "abc"]:
    try:
        a, b = src
        print(repr(src), "->", a, b)
    except ValueError as e:
        print(repr(src), type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
pairs = [("a", 1), ("b", 2), ("c",)]
for key, value in pairs:
    print(key, value)
