for obj in [[1], {"a": 1}, {1}, bytearray(b"x"), (1, [2])]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(obj).__name__, type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])))
seen = set()
for item in [1, "a", (2, 3), [4, 5]]:
    seen.add(item)
    print("added", item)
