data = {("a", 1): "tuple key", "": "empty"}
print(data[("a", 1)], repr(data[""]))
print(data[("b", 2)])
