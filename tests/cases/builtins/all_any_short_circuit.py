def noisy(values):
    for v in values:
        print("  yield", v)
        yield v
print(any(noisy([0, 0, 1, 0])))
print(all(noisy([1, 1, 0, 1])))
print(any(noisy([])), all(noisy([])))
print(min(noisy([3, 1, 2])), max(noisy("ba")))
print(sum(noisy([1, 2])), sorted(noisy([2, 1])))
print(next(filter(lambda v: v > 1, noisy([1, 2, 3]))))
print(list(zip(noisy("ab"), noisy([1]))))
print(1 in noisy([0, 1, 2]))
