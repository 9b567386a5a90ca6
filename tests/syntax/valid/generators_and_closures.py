def counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    return increment

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def delegate():
    result = yield from fib()
    return result

def pipeline(data):
    evens = (x for x in data if x % 2 == 0)
    squares = (x * x for x in evens)
    return sum(squares)

def coroutine():
    received = None
    while True:
        received = yield received
