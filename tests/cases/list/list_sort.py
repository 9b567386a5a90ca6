data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
data.sort(); print(data)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[1]), sorted(pairs, key=lambda p: -p[0]))
records = [("ann", 30), ("bob", 25), ("cid", 30), ("dee", 25), ("eve", 35)]
by_age = sorted(records, key=lambda r: r[1])
print("stable", by_age)
by_age_rev = sorted(records, key=lambda r: r[1], reverse=True)
print("stable reverse", by_age_rev)
print(sorted([3, 1, 2], key=None), sorted([]), sorted("bca"), sorted({3: 1, 1: 2}), sorted((2, 1)))
mixed = [3, 1.5, True, 2]
print(sorted(mixed))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
lst = [3, 1, 2]
def bad_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=bad_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([[2, 1], [1, 2], [1]]), sorted(["b", "a"], key=lambda s: s, reverse=False))
nums = list(range(20))
nums.sort(key=lambda n: n % 3)
print(nums)
try:
    sorted([1, 2], lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([0.5, -1, 2 ** 70, -2.5]), sorted([-0.0, 0, 0.0, False]))
print(sorted([(2, "x"), (1, "y")], key=lambda t: t[0], reverse=True))
