def numbers():
    n = 1
    while True:
        yield n
        n += 1

def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v

def evens(it):
    return (v for v in it if v % 2 == 0)

def squares(it):
    for v in it:
        yield v * v

print(list(take(5, squares(evens(numbers())))))

def chunks(it, size):
    chunk = []
    for v in it:
        chunk.append(v)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk

print(list(chunks(range(10), 3)))

def flatten(nested):
    for item in nested:
        if isinstance(item, (list, tuple)):
            yield from flatten(item)
        else:
            yield item

print(list(flatten([1, [2, (3, [4, 5])], [[6]], 7])))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(take(15, fib())))

def interleave(*its):
    its = [iter(i) for i in its]
    while its:
        for it in list(its):
            try:
                yield next(it)
            except StopIteration:
                its.remove(it)

print(list(interleave("abc", [1, 2], range(10, 14))))

def windows(seq, n):
    for i in range(len(seq) - n + 1):
        yield tuple(seq[i:i + n])

print(list(windows([1, 2, 3, 4, 5], 3)))

def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield f"node{depth}"
    yield from tree(depth - 1)
    yield from tree(depth - 1)

print(list(tree(2)))
