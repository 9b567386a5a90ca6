"""Integer loops: Collatz chain lengths with a cache, greatest common divisors and an
integer square-root search.

Exercises while loops, `//`, `%`, bit operations, comparisons and list indexing on small ints,
plus a few values that grow past 32 bits along the way.
"""


def chain_lengths(limit):
    """lengths[n] = number of terms in the Collatz sequence from n down to 1, for n < limit."""
    lengths = [0] * limit
    lengths[1] = 1
    for start in range(2, limit):
        n = start
        steps = 0
        while n >= limit or lengths[n] == 0:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total = steps + lengths[n]
        # Fill in the cache along the path we just walked.
        n = start
        while n < limit and lengths[n] == 0:
            lengths[n] = total
            total -= 1
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
    return lengths


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def isqrt(n):
    """Integer square root by Newton's method."""
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def main():
    limit = 2_000_000
    lengths = chain_lengths(limit)
    best = 1
    for n in range(2, limit):
        if lengths[n] > lengths[best]:
            best = n
    assert (best, lengths[best]) == (1723519, 557), (best, lengths[best])
    total_len = 0
    for v in lengths:
        total_len += v

    coprime = 0
    for a in range(1, 800):
        for b in range(1, 800):
            if gcd(a, b) == 1:
                coprime += 1

    # 3n^2 + 1 is a perfect square for n = 1, 4, 15, 56, 209, ... (a Pell equation).
    pell = []
    root_sum = 0
    for n in range(1, 100_000):
        m = 3 * n * n + 1
        r = isqrt(m)
        root_sum += r
        if r * r == m:
            pell.append(n)

    print("longest chain below %d starts at %d (%d terms)" % (limit, best, lengths[best]))
    print("sum of chain lengths: %d" % total_len)
    print("coprime pairs in 1..799: %d" % coprime)
    print("isqrt sum: %d, 3n^2+1 square for n in %s" % (root_sum, pell))


if __name__ == "__main__":
    main()
