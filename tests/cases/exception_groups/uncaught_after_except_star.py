# except* handles part of a group; a handler raises; the remaining parts and the new error escape.

class RetryableError(Exception):
    pass

class FatalError(Exception):
    pass

def task(n):
    if n % 3 == 0:
        raise RetryableError(f"task {n} busy")
    if n % 4 == 0:
        raise FatalError(f"task {n} broken")
    if n == 5:
        raise KeyError(n)
    return n * n

def run_all(ns):
    results, errors = [], []
    for n in ns:
        try:
            results.append(task(n))
        except Exception as e:
            errors.append(e)
    print("results:", results)
    if errors:
        raise ExceptionGroup("batch", errors)

try:
    run_all([1, 2, 3])
except* RetryableError as g:
    print("retrying:", [str(e) for e in g.exceptions])

try:
    run_all([1, 2, 4, 5, 6, 7, 8, 9])
except* RetryableError as g:
    print("would retry:", len(g.exceptions))
except* FatalError as g:
    print("fatal errors:", [str(e) for e in g.exceptions])
    raise RuntimeError("giving up on the batch")
print("unreachable")
