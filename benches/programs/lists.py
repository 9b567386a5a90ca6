"""List-heavy code: sorting records with key functions (stable, multi-key, reversed), matrix
multiplication and transposition with lists of lists, a hand-written merge sort and binary
search, and a game of life on a list grid.

Exercises list indexing, slicing, append/pop/insert/extend, sort with key= and reverse=,
sorted, zip, enumerate, reversed and list comparisons.
"""


def make_records(n, seed):
    names = ["ada", "bob", "cyd", "dee", "eve", "fay", "gus", "hal", "ivy", "jon"]
    records = []
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        r = seed >> 8
        records.append((names[r % 10], (r >> 4) % 90 + 10, (r >> 11) % 1000 / 10.0, i))
    return records


def merge_sort(items):
    if len(items) <= 16:
        out = items[:]
        for i in range(1, len(out)):       # insertion sort for short runs
            x = out[i]
            j = i - 1
            while j >= 0 and out[j] > x:
                out[j + 1] = out[j]
                j -= 1
            out[j + 1] = x
        return out
    mid = len(items) // 2
    left = merge_sort(items[:mid])
    right = merge_sort(items[mid:])
    merged = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def bisect_left(items, x):
    lo, hi = 0, len(items)
    while lo < hi:
        mid = (lo + hi) // 2
        if items[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo


def matmul(a, b):
    bt = [list(col) for col in zip(*b)]
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matmul_loops(a, b):
    n, m, p = len(a), len(b), len(b[0])
    c = [[0] * p for _ in range(n)]
    for i in range(n):
        ai = a[i]
        ci = c[i]
        for k in range(m):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
    return c


def life(grid, steps):
    h, w = len(grid), len(grid[0])
    for _ in range(steps):
        new = []
        for y in range(h):
            up, row, down = grid[y - 1], grid[y], grid[(y + 1) % h]
            new_row = [0] * w
            for x in range(w):
                l, r = x - 1, (x + 1) % w
                n = up[l] + up[x] + up[r] + row[l] + row[r] + down[l] + down[x] + down[r]
                if n == 3 or (n == 2 and row[x]):
                    new_row[x] = 1
            new.append(new_row)
        grid = new
    return grid


def main():
    records = make_records(200_000, 99)
    by_age = sorted(records, key=lambda r: r[1])
    by_name_score = sorted(records, key=lambda r: (r[0], -r[2]))
    records.sort(key=lambda r: r[2], reverse=True)
    stable = all(by_age[i][1] < by_age[i + 1][1] or by_age[i][3] < by_age[i + 1][3]
                 for i in range(len(by_age) - 1))
    ids = [r[3] for r in by_name_score[::997]]

    values = [(r[1] * 7919 + r[3]) % 100_003 for r in records[:150_000]]
    mine = merge_sort(values)
    assert mine == sorted(values)
    hits = sum(1 for v in range(0, 100_003, 7) if mine[bisect_left(mine, v) % len(mine)] == v)

    a = [[(i * j + 1) % 17 - 8 for j in range(120)] for i in range(120)]
    b = [[(i + 2 * j) % 13 - 6 for j in range(120)] for i in range(120)]
    c1 = matmul(a, b)
    c2 = matmul_loops(a, b)
    assert c1 == c2
    trace = sum(c1[i][i] for i in range(120))
    corner = c1[119][:4]

    grid = [[1 if (x * 7 + y * 3) % 11 < 3 else 0 for x in range(128)] for y in range(96)]
    grid = life(grid, 120)
    alive = sum(map(sum, grid))

    stack = []
    for i in range(100_000):
        if i % 3 == 2:
            stack.pop()
        else:
            stack.append(i)
    stack.insert(0, -1)
    stack.reverse()

    print("oldest: %s; top scorer: %s; stable: %s" % (by_age[-1], records[0], stable))
    print("sample ids: %s" % ids[:8])
    print("merge sort ok, %d bisect hits" % hits)
    print("trace %d, corner %s" % (trace, corner))
    print("life: %d alive; stack %d long, ends %s" % (alive, len(stack), stack[-3:]))


if __name__ == "__main__":
    main()
