log = []
def source(n):
    for i in range(n):
        log.append(f"produce {i}")
        yield i
def double(it):
    for v in it:
        log.append(f"double {v}")
        yield v * 2
pipeline = double(source(3))
print("nothing run yet", log)
print(next(pipeline), log)
log.clear()
print(list(pipeline), log)
log.clear()
m = map(lambda v: log.append(f"map {v}") or v, range(3))
print("map is lazy", log)
print(next(m), log)
f = filter(lambda v: log.append(f"filter {v}") or v > 1, range(4))
log.clear()
print(list(f), log)
z = zip(source(2), source(5))
log.clear()
print(list(z), log)
e = enumerate(source(2))
log.clear()
print(next(e), log)
print(any(v > 0 for v in source(100)), len(log))
r = reversed(range(10 ** 12))
print(next(r), next(r))
big = range(10 ** 18)
print(big[-1], len(range(0, 10 ** 18, 7)), 10 ** 17 in big)
