x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 4 > 3 > 2 > 2)
one = 1
print(1 == 1.0 == True, one is one is not None)
print("a" < "b" <= "b" != "c")
print(1 < 2 == 2 > 1)
print(0 <= x < 5, 0 <= x <= 5)

calls = []
def v(n):
    calls.append(n)
    return n

print(v(1) < v(2) < v(3), calls)
calls.clear()
print(v(3) < v(2) < v(1), calls)
calls.clear()
print(v(1) < v(5) > v(2) == v(2), calls)
calls.clear()

print([1, 2] < [1, 3] < [2])
print((1, 2) == (1, 2) != (2, 1))
print(None is None is not False)
print(1 in [1, 2] in [[1, 2]])
print("in chain", "a" in "abc" not in "xyz")

class Loud:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("  lt", self.n, other.n)
        return self.n < other.n

print(Loud(1) < Loud(2) < Loud(3))
print(Loud(3) < Loud(1) < Loud(2))

class Weird:
    def __lt__(self, other):
        return "truthy"
print("returns object", Weird() < Weird())
print("chained uses bool", Weird() < Weird() < Weird())
try:
    1 < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    None > 0
except TypeError as e:
    print(type(e).__name__, e)
