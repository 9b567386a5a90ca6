# An lru_cache'd function called with an unhashable argument, left uncaught.
import functools


@functools.lru_cache(maxsize=16)
def total(items):
    return sum(items)


print("tuple", total((1, 2, 3)), total((1, 2, 3)))
print("info", total.cache_info())
print("list", total([1, 2, 3]))
print("not reached")
