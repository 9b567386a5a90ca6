print([], [[]], [[], []], [[[]]])
print([1, [2, [3, [4]]]], [None, True, 1.0, "s", b"b", (1,), {1}, {"k": 1}, range(2)])
print(repr(["a'b", 'a"b', "a'\"b", "\n", "\t"]))
print(str([1.0, 1e16, 1e-5, float("nan"), -0.0]))
a = [1, 2]
b = [a, a]
print(b, b[0] is b[1])
c = [1]
c.append(c)
c.append([c])
print(c)
d = {"self": None}
e = [d]
d["self"] = e
print(e, d)
print(list(range(0)), list(range(-3, 3)), [x / 2 for x in range(3)])
