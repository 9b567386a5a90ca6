words = ["apple", "banana", "cherry", "avocado", "blueberry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()})
print({w: len(w) for w in words if len(w) > 5})
inverse = {v: k for k, v in {"a": 1, "b": 2, "c": 1}.items()}
print(inverse)
print(dict(sorted({"b": 2, "a": 1, "c": 0}.items(), key=lambda kv: kv[1])))
matrix = {(i, j): i * j for i in range(3) for j in range(3) if i <= j}
print(matrix)
print({k: v for k, v in zip("abc", range(10))}, dict(zip(range(3), "xyz")))
counts = {c: "mississippi".count(c) for c in "mississippi"}
print(counts, max(counts, key=counts.get))
nested = {outer: {inner: outer * inner for inner in range(1, 3)} for outer in range(1, 3)}
print(nested, nested[2][2])
print({i: i ** 2 for i in range(5)}.get(3), {**{i: 0 for i in range(2)}, 1: "one"})
