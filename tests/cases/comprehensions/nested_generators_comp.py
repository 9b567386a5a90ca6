rows = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print("diag", [rows[i][i] for i in range(3)])
print("col sums", [sum(r[c] for r in rows) for c in range(3)])
print("row max", {i: max(r) for i, r in enumerate(rows)})
print("gen of gens", [list(g) for g in ((x * k for x in range(3)) for k in range(1, 4))])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print("primes", primes)
words = ["apple", "banana", "cherry", "date"]
print("by first", {w[0]: [x for x in words if x[0] == w[0]] for w in words})
print("lengths", sorted({len(w) for w in words}))
print("pythag", [(a, b, c) for c in range(1, 21) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c])
print("cartesian", [a + b for a in "xy" for b in "12" for _ in range(1)])
gen = (x for x in range(3))
print("consume in comp", [v + w for v in gen for w in gen])
