# functools.lru_cache and cache: statistics, eviction order, decorator forms.
import functools


@functools.lru_cache(maxsize=3)
def square(n):
    "Square a number."
    print("  computing", n)
    return n * n


for n in (1, 2, 3, 1, 4, 2, 1, 5, 3):
    print("square", n, square(n))
info = square.cache_info()
print("info", info)
print("fields", info.hits, info.misses, info.maxsize, info.currsize)
print("indexing", info[0], info[-1], info[1:3], len(info))
hits, misses, maxsize, currsize = info
print("unpacked", hits, misses, maxsize, currsize)
print("params", square.cache_parameters())
print("wrapper attrs", square.__name__, square.__doc__, square.__wrapped__(9))
square.cache_clear()
print("cleared", square.cache_info())
square(2)
print("after clear", square.cache_info())


@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("fib", fib(80), fib.cache_info())
print("fib params", fib.cache_parameters())


@functools.cache
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print("fact", fact(30), fact.cache_info())
print("fact again", fact(25), fact.cache_info())
print("cache params", fact.cache_parameters())


@functools.lru_cache(None)
def unbounded(x):
    return [x]


a = unbounded(1)
print("same object", a is unbounded(1), unbounded.cache_info())


@functools.lru_cache(maxsize=2, typed=True)
def typed(x):
    return type(x).__name__


print("typed", typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())
print("typed params", typed.cache_parameters())


@functools.lru_cache(maxsize=1)
def one(x):
    print("  one", x)
    return x


one(1)
one(1)
one(2)
one(1)
print("maxsize 1", one.cache_info())


class Circle:
    def __init__(self, r):
        self.r = r

    @functools.lru_cache(maxsize=None)
    def area(self):
        print("  area for", self.r)
        return 3 * self.r * self.r

    def __hash__(self):
        return hash(self.r)

    def __eq__(self, other):
        return self.r == other.r


c1, c2 = Circle(2), Circle(2)
print("method", c1.area(), c1.area(), c2.area(), Circle.area.cache_info())
print("method via class", Circle.area(Circle(3)), Circle.area.cache_info().currsize)
print("bound type", type(c1.area).__name__, c1.area.__self__ is c1)
print("deco", callable(functools.lru_cache()), callable(functools.lru_cache(5)))
square.extra = "x"
print("attribute", square.extra)
