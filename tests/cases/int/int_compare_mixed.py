print(1 == 1.0, 1 == 1.0000000000000002, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53)
print(2 ** 53 + 1 > 2.0 ** 53, 2 ** 53 + 1 < 2.0 ** 53 + 2)
print(10 ** 400 > float("inf"), -10 ** 400 < float("-inf"), 10 ** 400 > 1e308)
print(float("nan") == float("nan"), 1 < float("nan"), 1 > float("nan"))
print(0 == -0.0, 0 == 0j, 1 == complex(1, 0), True == 1, False == 0.0)
print(1 != "1", [1] == [1.0], (1, 2) == (1.0, 2.0), {1: "a"} == {1.0: "a"})
print(max(1, 2.0, True), min(0.5, 0, False), max(3, 3.0), max(3.0, 3))
print(sorted([3, 1.5, True, 2, 0.0]))
print(1 in [1.0], 1.0 in {1}, True in {1: 0})
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d)
s = {0, 0.0, False, -0.0}
print(s)
print(hash(1) == hash(1.0) == hash(True), hash(0.5), hash(-1), hash(-2))
print(hash(10 ** 20), hash(-(10 ** 20)), hash(1e20))
print(hash(float("inf")), hash(float("-inf")), hash(2 ** 61 - 1))
