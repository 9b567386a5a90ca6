"""Integer loops: a sieve of Eratosthenes written with explicit while loops, then prime gaps,
twin primes and a digit-sum pass over the primes found.

Exercises small-int arithmetic, comparisons, list indexing and stores in tight loops.
"""


def sieve(limit):
    flags = [True] * (limit + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= limit:
        if flags[i]:
            j = i * i
            while j <= limit:
                flags[j] = False
                j += i
        i += 1
    return flags


def digit_sum(n):
    total = 0
    while n:
        total += n % 10
        n //= 10
    return total


def main():
    limit = 7_000_000
    flags = sieve(limit)
    primes = []
    for n in range(limit + 1):
        if flags[n]:
            primes.append(n)
    assert len(primes) == 476648, len(primes)

    twins = 0
    widest = 0
    widest_at = 0
    for k in range(1, len(primes)):
        gap = primes[k] - primes[k - 1]
        if gap == 2:
            twins += 1
        if gap > widest:
            widest = gap
            widest_at = primes[k - 1]

    digits = 0
    for p in primes:
        digits += digit_sum(p)

    checksum = 0
    for p in primes:
        checksum = (checksum * 31 + p) % 1_000_000_007

    print("primes below %d: %d, largest %d" % (limit, len(primes), primes[-1]))
    print("twin pairs: %d, widest gap %d after %d" % (twins, widest, widest_at))
    print("digit sum: %d, checksum: %d" % (digits, checksum))


if __name__ == "__main__":
    main()
