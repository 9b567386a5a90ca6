data = [5, 3, 8, 1, 9, 2]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=lambda x: -x))
print(min(data), max(data), min(3, 1, 2), max("apple", "pear", "fig"), max([1, 2], [1, 3]))
print(min(data, key=lambda x: abs(x - 4)), max(["aa", "b", "ccc"], key=len), min("hello"))
print(min([], default="empty"), max([], default=None), min([7], default=0), max((), key=len, default="d"))
print(max([1, 1.0, True]), min([True, 1, 1.0]), max(0, -0.0), max([-0.0, 0]))
print(max([3, 1, 3], key=lambda x: x), max([(1, "a"), (1, "b")], key=lambda t: t[0]))
def err(label, fn):
    try:
        print(label, fn())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
err("min empty", lambda: min([]))
err("max empty", lambda: max([]))
err("min no args", lambda: min())
err("max int", lambda: max(5))
err("min default multi", lambda: min(1, 2, default=0))
err("max mixed", lambda: max(1, "a"))
err("sorted mixed", lambda: sorted([1, "a"]))
err("min bad kw", lambda: min([1], foo=1))
err("key not callable", lambda: max([1, 2], key=5))
print(sorted("hello world"), sorted({"b": 1, "a": 2}.items()), sorted(range(5), key=lambda x: x % 2))
print(sorted([[3, 1], [2], [1, 5, 0]], key=sum), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
print(max({"x": 1, "y": 5}), max({"x": 1, "y": 5}.values()), min(range(10, 0, -3)))
