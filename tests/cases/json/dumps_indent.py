# json.dumps: indent (int, str, 0, negative), nested empties, sort_keys with indent.
import json

data = {"name": "pyrs", "tags": ["a", "b"], "meta": {"x": 1, "empty_list": [], "empty": {}},
        "n": None}
print(json.dumps(data, indent=2))
print(json.dumps(data, indent="\t", sort_keys=True))
print(repr(json.dumps([1, [2, 3]], indent=0)))
print(repr(json.dumps({"a": [1]}, indent=-1)))
print(repr(json.dumps([1, 2], indent="")))
print(json.dumps([[], {}, [[]], [{}]], indent=1))
print(json.dumps("scalar", indent=4), json.dumps(5, indent=4), json.dumps(None, indent=4))
print(json.dumps([], indent=3), json.dumps({}, indent=3))
print(json.dumps({"a": 1, "b": 2}, indent=2, separators=(",", " => ")))
print(json.dumps([1, 2, 3], indent=2, separators=(" ,", ":")))
print(json.dumps({"deep": [[[{"k": [1]}]]]}, indent=">>"))
print(json.dumps((1, (2,)), indent=1))
print(json.dumps({3: [1.5, float("inf")], True: False}, indent=2))
