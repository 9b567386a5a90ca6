people = [("ann", 31, "nyc"), ("bob", 25, "sf"), ("cid", 31, "la"), ("dee", 22, "nyc")]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2])))
by_city = {}
for name, age, city in people:
    by_city.setdefault(city, []).append(name)
print(by_city)
names, ages, cities = zip(*people)
print(names, sum(ages) / len(ages), sorted(set(cities)))
oldest = max(people, key=lambda p: p[1])
print(oldest, people.index(oldest), [p for p in people if p[1] == oldest[1]])
record = ("x", (1, 2), [3])
record[2].append(4)
print(record, len(record), record[1][1])
def stats(values):
    return min(values), max(values), sum(values) / len(values)
lo, hi, mean = stats([4, 8, 15, 16, 23, 42])
print(lo, hi, mean)
coords = [(0, 0), (3, 4), (-1, 1)]
print([((x ** 2 + y ** 2) ** 0.5) for x, y in coords], sorted(coords, key=lambda c: c[0] ** 2 + c[1] ** 2))
print(tuple(map(sum, zip((1, 2, 3), (10, 20, 30)))), tuple(a * b for a, b in zip((1, 2), (3, 4))))
