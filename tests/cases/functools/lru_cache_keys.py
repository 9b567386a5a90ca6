# functools.lru_cache: how calls map to cache entries; maxsize 0; errors.
import functools

calls = []


@functools.lru_cache(maxsize=None)
def f(*args, **kwargs):
    calls.append((args, kwargs))
    return len(calls)


print("int float bool", f(1), f(1.0), f(True), f(1))
print(" ", f.cache_info())
print("str", f("a"), f("a"), f(("a",)))
print("kw order", f(x=1, y=2), f(y=2, x=1), f(x=1, y=2))
print("pos vs kw", f(1, 2), f(1, y=2))
print("tuple arg", f((1, 2)), f(1, 2), f((1, 2)))
print("none", f(None), f(None))
print(" ", f.cache_info())


@functools.lru_cache(maxsize=None, typed=True)
def g(*args, **kw):
    return tuple(type(a).__name__ for a in args) + tuple(sorted(kw))


print("typed", g(1), g(1.0), g(True), g(x=1), g(x=1.0), g(x=1))
print(" ", g.cache_info())


@functools.lru_cache(maxsize=0)
def nocache(x):
    print("  nocache", x)
    return x


print("maxsize 0", nocache(1), nocache(1), nocache([1]), nocache.cache_info())


@functools.lru_cache(-3)
def negative(x):
    return x


print("negative", negative(1), negative(1), negative.cache_info(), negative.cache_parameters())

attempts = []


@functools.lru_cache(maxsize=4)
def flaky(x):
    attempts.append(x)
    if len(attempts) < 3:
        raise ValueError("try again %d" % len(attempts))
    return "ok"


for _ in range(4):
    try:
        print("flaky", flaky(7))
    except ValueError as e:
        print("flaky error", e)
print(" ", flaky.cache_info(), attempts)

depth = []


@functools.lru_cache(maxsize=2)
def reentrant(n):
    depth.append(n)
    if n > 0:
        reentrant(n - 1)
        reentrant(n - 1)
    return n


print("reentrant", reentrant(4), reentrant.cache_info(), depth)


def attempt(label, fn, *args, **kw):
    try:
        print(label, fn(*args, **kw))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("unhashable", f, [1])
attempt("unhashable kw", f, x={})
attempt("bad maxsize str", functools.lru_cache, "10")
attempt("bad maxsize float", functools.lru_cache, 2.5)
attempt("bad keyword", functools.lru_cache, maxsize=1, size=2)
attempt("not callable", functools.lru_cache(maxsize=3), 5)
attempt("cache not callable", functools.cache, None)
attempt("info after errors", f.cache_info)
