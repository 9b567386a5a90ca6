print(list(map(str.upper, "abc")), list(map(pow, [2, 3], [3, 2])), list(map(lambda *a: sum(a), [1, 2], [10, 20], [100])))
m = map(int, ["1", "2", "x"])
print(next(m), next(m))
try:
    next(m)
except ValueError as e:
    print(type(e).__name__, e)
print(list(filter(None, [0, 1, "", "a", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
f = filter(lambda x: x > 2, [1, 5, 2, 7])
print(type(f).__name__, list(f), list(f))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))), list(reversed({"a": 1, "b": 2})))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(reversed(Seq())), list(Seq()), 20 in Seq())
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
for bad in [5, {1, 2}, (x for x in "ab")]:
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
try:
    map(None, 5)
    list(map(None, [1]))
except TypeError as e:
    print(type(e).__name__, e)
