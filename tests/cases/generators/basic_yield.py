def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

g = count_up(3)
print(type(g).__name__)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value, e.args)
print("exhausted again", next(g, "default"))
print("list", list(count_up(5)))
print("sum", sum(count_up(101)))
print("in", 3 in count_up(10), 30 in count_up(10))

def empty():
    return
    yield

print("empty", list(empty()))

def lazy():
    print("  started")
    yield 1
    print("  resumed")
    yield 2
    print("  finishing")

gen = lazy()
print("created")
for v in gen:
    print("got", v)

print("iter is self", iter(gen) is gen)
print("name", count_up(1).__name__, count_up(1).__qualname__)

def infinite():
    n = 0
    while True:
        yield n
        n += 2

it = infinite()
print([next(it) for _ in range(6)])
