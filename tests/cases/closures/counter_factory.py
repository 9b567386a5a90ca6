def counter(start=0, step=1):
    value = start
    def next_value():
        nonlocal value
        current = value
        value += step
        return current
    return next_value

a = counter()
b = counter(100, -10)
print([a() for _ in range(5)])
print([b() for _ in range(5)])
print(a(), b())

def accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add

acc = accumulator()
acc(1)
acc("two")
print(acc(3.0))

def memoize(fn):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def slow_fib(n):
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print("fib 80", slow_fib(80))
print("cache size", len(slow_fib.cache))
