for a, b in [(1, None), (None, 1), ("a", 1.5), ([1], (1,)), ({1}, [1]), (1j, None)]:
    try:
        a + b
    except TypeError as e:
        print(repr(a), repr(b), "->", e)
totals = {"a": 10, "b": None}
grand = 0
for key, value in totals.items():
    print("adding", key)
    grand = grand + value
