"""Comprehensions: list, dict and set comprehensions, nested and filtered, with tuple
unpacking targets and conditional expressions; Pythagorean triples, divisor tables,
transposes, inverted indexes and a word-square search.

Exercises the comprehension scopes (each is its own function in CPython 3.11), building lists,
dicts and sets element by element, and iteration over ranges, strings, zip and items().
"""


def triples(limit):
    return [(a, b, c)
            for c in range(1, limit)
            for b in range(1, c)
            for a in range(1, b)
            if a * a + b * b == c * c]


def divisor_table(n):
    return {k: [d for d in range(1, k + 1) if k % d == 0] for k in range(1, n)}


def main():
    t = triples(400)
    primitive = [(a, b, c) for a, b, c in t
                 if not any(a % d == 0 and b % d == 0 for d in range(2, a + 1))]

    table = divisor_table(4000)
    perfect = [k for k, ds in table.items() if sum(ds) == 2 * k]
    assert perfect == [6, 28, 496], perfect
    primes = [k for k, ds in table.items() if len(ds) == 2]
    most = max(table, key=lambda k: len(table[k]))

    grid = [[(r * 31 + c * 17) % 97 for c in range(150)] for r in range(150)]
    for _ in range(20):
        transposed = [[row[c] for row in grid] for c in range(len(grid[0]))]
    diag = [transposed[i][i] for i in range(150)]
    col_sums = [sum(col) for col in transposed]
    flat = [x for row in grid for x in row if x % 2 == 0]

    words = ["".join(chr(97 + (i * (k + 3) + j * j * (k + 1)) % 26) for k in range(4))
             for i in range(60) for j in range(80)]
    index = {w: [i for i, v in enumerate(words) if v == w] for w in set(words)}
    first_letters = {w[0] for w in words}
    repeated = sorted(w for w, pos in index.items() if len(pos) > 3)
    by_letter = {ch: sorted({w for w in words if w[0] == ch}) for ch in sorted(first_letters)}
    signature = {i: ("even" if i % 2 == 0 else "odd") for i in range(300_000)}
    squares = {i * i % 1000 for i in range(600_000)}
    pairs = [(x, y) for x, y in zip(range(0, 600_000, 3), range(600_000, 0, -2)) if (x ^ y) & 4]

    print("triples: %d (first %s, last %s), %d primitive" % (len(t), t[0], t[-1], len(primitive)))
    print("perfect %s; %d primes below 4000; most divisors: %d" % (perfect, len(primes), most))
    print("grid: diag sum %d, max column %d, %d even cells" % (sum(diag), max(col_sums), len(flat)))
    print("words: %d distinct, %d repeated >3x, first %s; a-words %d"
          % (len(index), len(repeated), repeated[:3], len(by_letter.get("a", []))))
    print("signature odd %d; %d square residues; %d pairs"
          % (list(signature.values()).count("odd"), len(squares), len(pairs)))


if __name__ == "__main__":
    main()
