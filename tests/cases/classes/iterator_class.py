class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f), sum(f), max(f), 21 in f, len(list(f)))
it = iter(f)
print(next(it), next(it), next(it), list(it)[-2:])
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            yield from self.items
print(list(Cycle("ab", 3)), "".join(Cycle("xy", 2)))
a, b, *rest = Fib(20)
print(a, b, rest)
print(dict(zip(Fib(10), "abcdefg")), list(enumerate(Fib(3))))
class Broken:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("broken iterator")
try:
    for x in Broken():
        pass
except ValueError as e:
    print(type(e).__name__, e)
print(sorted(Fib(50), reverse=True)[:3], tuple(Fib(5)), set(Fib(8)))
