values = [1, -2.5, "text", "quote'd", 'dq"', b"b'", None, True, [1, "a"], (1,), (), {"k": [1]}, {1, 2}, frozenset(), set(),
          range(3), 1 + 2j, -0.0, float("inf"), Ellipsis, NotImplemented, int, len, bytearray(b"x"), slice(1, None)]
for v in values:
    print(repr(v), "|", ascii(v), "|", str(v))
print(ascii("café ☕ 😀"), repr("café ☕ 😀"), ascii(["ü"]), ascii({"ï": "ö"}))
nested = [1, [2, [3, [4, [5]]]]]
print(repr(nested), str(nested))
d = {}
d["self"] = d
l = []
l.append(l)
print(repr(d), repr(l), str([l, l]))
t = ([],)
t[0].append(t)
print(repr(t))
