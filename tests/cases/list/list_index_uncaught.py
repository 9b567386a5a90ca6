items = ["a", "b", "a", "c"]
print(items.index("a"), items.index("a", 1), items.index("c", -1))
for args in [("z",), ("a", 3), ("b", 0, 1), (None,)]:
    try:
        items.index(*args)
    except ValueError as e:
        print(args, type(e).__name__, e)
colors = ["red", "green", "blue"]
print(colors.index("green"))
print(colors.index("purple"))
