for key in ["s", "", 0, 1.5, None, (1, 2), frozenset([1]), ("a",), "quote'd"]:
    try:
        {}[key]
    except KeyError as e:
        print(repr(key), "| str:", str(e), "| repr:", repr(e))
data = {("a", 1): "tuple key", "": "empty"}
print(data[("a", 1)], repr(data[""]))
print(data[("b", 2)])
