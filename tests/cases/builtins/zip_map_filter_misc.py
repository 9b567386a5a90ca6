names = ["ann", "bob", "cid"]
ages = [30, 25, 35]
print(list(zip(names, ages)), dict(zip(names, ages)), list(zip(*zip(names, ages))))
print(sorted(zip(ages, names)), max(zip(ages, names))[1])
print(list(map(len, names)), list(map(str.title, names)), list(map(lambda n, a: f"{n}={a}", names, ages)))
print(list(filter(lambda a: a > 28, ages)), list(filter(str.isalpha, ["a1", "bc", ""])), list(filter(None, [0, "", None, 3])))
print(list(map(int, "1 2 3".split())), sum(map(int, "4 5 6".split())), list(map(pow, [2, 3], [3, 2], [5, 5])))
print(list(enumerate(zip("ab", "cd"), start=10)))
pairs = [(1, "one"), (2, "two")]
nums, words = zip(*pairs)
print(nums, words)
print(list(zip(range(3), "abcdef", [True] * 10)), list(zip("a", [])))
print(all(map(str.isdigit, ["1", "22"])), any(map(str.isspace, ["a", " "])))
print(list(reversed(list(enumerate("xyz")))))
m = map(lambda x: 1 / x, [1, 2, 0, 4])
out = []
try:
    for v in m:
        out.append(v)
except ZeroDivisionError as e:
    print(out, type(e).__name__, e)
print(list(m))
