"""Generators: lazy pipelines of generator functions and generator expressions (source ->
filter -> map -> sliding window -> batching), `yield from` delegation over a tree, a
coroutine-style running average driven by send(), and a generator's return value.

Exercises generator creation, resumption and exhaustion, StopIteration handling inside for
loops, yield from, send, and builtins consuming iterators (sum, max, any, zip, enumerate).
"""


def numbers(seed, count):
    for _ in range(count):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        yield seed >> 12


def keep(pred, items):
    for x in items:
        if pred(x):
            yield x


def scale(items, k):
    for x in items:
        yield x * k % 1_000_003


def windows(items, size):
    window = []
    for x in items:
        window.append(x)
        if len(window) > size:
            del window[0]
        if len(window) == size:
            yield tuple(window)


def batches(items, size):
    batch = []
    for x in items:
        batch.append(x)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def walk(tree):
    """Pre-order walk of a (value, children) tree through yield from."""
    value, children = tree
    yield value
    for child in children:
        yield from walk(child)


def make_tree(depth, fanout, label=1):
    if depth == 0:
        return (label, [])
    return (label, [make_tree(depth - 1, fanout, label * fanout + k) for k in range(fanout)])


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        if value is None:
            return count
        total += value
        count += 1
        average = total // count


def counted(items):
    n = 0
    for x in items:
        n += 1
        yield x
    return n


def take_all(gen):
    result = yield from gen
    return result


def main():
    pipeline = batches(windows(scale(keep(lambda x: x % 3 != 0, numbers(1, 1_000_000)), 7), 4), 64)
    batch_count = 0
    checksum = 0
    for batch in pipeline:
        batch_count += 1
        checksum = (checksum + sum(w[0] - w[3] for w in batch)) % 1_000_000_007

    squares = sum(x * x for x in numbers(5, 500_000) if x & 1)
    peak = max((x, i) for i, x in enumerate(numbers(9, 250_000)))
    found = any(x == 12345 for x in numbers(3, 250_000))
    pairs = sum(1 for a, b in zip(numbers(1, 250_000), numbers(2, 250_000)) if a > b)

    tree = make_tree(9, 4)
    labels = walk(tree)
    visited = 0
    label_sum = 0
    for label in labels:
        visited += 1
        label_sum += label

    avg = averager()
    next(avg)
    last = None
    for x in numbers(11, 250_000):
        last = avg.send(x % 1000)
    try:
        avg.send(None)
        count = -1
    except StopIteration as stop:
        count = stop.value

    inner = counted(numbers(13, 150_000))
    outer = take_all(inner)
    odd = 0
    try:
        while True:
            odd += next(outer) & 1
    except StopIteration as stop:
        total_seen = stop.value

    print("pipeline: %d batches, checksum %d" % (batch_count, checksum))
    print("odd squares %d; peak %s; found %s; pairs %d" % (squares, peak, found, pairs))
    print("tree: %d nodes, label sum %d" % (visited, label_sum))
    print("averager: last %d after %d values" % (last, count))
    print("delegation: %d odd of %d" % (odd, total_seen))


if __name__ == "__main__":
    main()
