# nsmallest/nlargest (key, stability, n edge cases) and merge (key, reverse, laziness).
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 1, 7]
for n in [-1, 0, 1, 2, 5, 9, 20]:
    print("n", n, heapq.nsmallest(n, data), heapq.nlargest(n, data),
          heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))
words = ["pear", "fig", "apple", "kiwi", "banana", "date", "plum", "lime"]
print("key_small", heapq.nsmallest(3, words, key=len))
print("key_large", heapq.nlargest(3, words, key=len))
print("key_iter", heapq.nsmallest(4, iter(words), key=len), heapq.nlargest(4, iter(words), key=len))
print("one", heapq.nsmallest(1, words, key=len), heapq.nlargest(1, words, key=len),
      heapq.nsmallest(1, []), heapq.nlargest(1, iter([])))
recs = [(1, "a"), (0, "b"), (1, "c"), (0, "d"), (1, "e"), (0, "f")]
print("stable_small", heapq.nsmallest(4, recs, key=lambda r: r[0]))
print("stable_large", heapq.nlargest(4, recs, key=lambda r: r[0]))
print("gen_small", heapq.nsmallest(3, (x * x % 11 for x in range(20))))
print("gen_large", heapq.nlargest(3, (x * x % 11 for x in range(20))))
calls = []


def k(x):
    calls.append(x)
    return -x


print("key_calls", heapq.nsmallest(2, iter([4, 2, 6, 1]), key=k), calls)
try:
    heapq.nsmallest(2, [3, "a", 1, 2])
except TypeError as e:
    print("mixed", e)

print("merge", list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10], [], [25])))
print("merge_key", list(heapq.merge(["dog", "horse"], ["cat", "fish", "kangaroo"], key=len)))
print("merge_rev", list(heapq.merge([9, 5, 1], [8, 5, 2], reverse=True)))
print("merge_rev_key", list(heapq.merge(["ccc", "a"], ["bb", "dd", ""], key=len, reverse=True)))
tagged = list(heapq.merge([(1, "a"), (2, "a")], [(1, "b"), (2, "b")], [(1, "c")],
                          key=lambda t: t[0]))
print("merge_stable", tagged)
print("merge_none", list(heapq.merge()), list(heapq.merge([], [])))
log = []


def src(name, items):
    for x in items:
        log.append(name + str(x))
        yield x


m = heapq.merge(src("a", [1, 4]), src("b", [2, 3]))
print("merge_type", type(m).__name__)
print("merge_first", next(m), log)
print("merge_rest", list(m), log)
try:
    list(heapq.merge([1, 2], ["a"]))
except TypeError as e:
    print("merge_mixed", e)
