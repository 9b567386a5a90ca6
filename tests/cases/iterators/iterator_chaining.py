def chain(*iterables):
    for it in iterables:
        yield from it
def take(n, it):
    it = iter(it)
    return [next(it) for _ in range(n)]
def cycle(seq):
    while True:
        yield from seq
def islice(it, start, stop):
    for i, v in enumerate(it):
        if i >= stop:
            return
        if i >= start:
            yield v
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for cur in it:
        yield prev, cur
        prev = cur
def accumulate(it):
    total = 0
    for v in it:
        total += v
        yield total
print(list(chain("ab", [1, 2], range(2))))
print(take(7, cycle("xyz")))
print(list(islice(cycle([1, 2, 3]), 2, 8)))
print(list(pairwise([1, 4, 9, 16])))
print(list(accumulate(range(1, 6))))
print(list(zip(cycle("ab"), range(5))))
def groupby(seq, key):
    out = []
    for v in seq:
        k = key(v)
        if out and out[-1][0] == k:
            out[-1][1].append(v)
        else:
            out.append((k, [v]))
    return out
print(groupby("aaabccdaa", lambda c: c))
print(groupby(range(10), lambda n: n // 4))
