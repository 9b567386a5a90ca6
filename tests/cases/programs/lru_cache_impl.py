class LRU:
    def __init__(self, capacity, verbose=True):
        self.capacity = capacity
        self.verbose = verbose
        self.evictions = 0
        self.data = {}
        self.hits = self.misses = 0
    def get(self, key):
        if key in self.data:
            self.hits += 1
            value = self.data.pop(key)
            self.data[key] = value
            return value
        self.misses += 1
        return None
    def put(self, key, value):
        if key in self.data:
            self.data.pop(key)
        elif len(self.data) >= self.capacity:
            oldest = next(iter(self.data))
            self.evictions += 1
            if self.verbose:
                print("  evict", oldest)
            del self.data[oldest]
        self.data[key] = value
    def __repr__(self):
        return f"LRU({list(self.data.items())}, hits={self.hits}, misses={self.misses})"

c = LRU(3)
for k in "abc":
    c.put(k, k.upper())
print(c)
print(c.get("a"), c.get("z"))
c.put("d", "D")
print(c)
c.put("c", "C2")
c.put("e", "E")
print(c, c.get("b"), c.get("c"))
def cached(fn, size=64):
    cache = LRU(size, verbose=False)
    def wrapper(n):
        r = cache.get(n)
        if r is None:
            r = fn(n)
            cache.put(n, r)
        return r
    wrapper.cache = cache
    return wrapper
@cached
def collatz_len(n):
    return 1 if n == 1 else 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
best = max(range(1, 300), key=collatz_len)
print(best, collatz_len(best), collatz_len.cache.hits, collatz_len.cache.misses, collatz_len.cache.evictions)
