def g():
    try: yield 1
    except KeyError: yield 2; raise
it = g(); next(it)
try: raise KeyError("k")
except KeyError as e: print(it.throw(e))
try: next(it)
except KeyError as e: print("KeyError", e)
import sys
def gen():
    print("in gen", sys.exc_info()[0])
    yield 1
    print("resumed", sys.exc_info()[0])
    try:
        raise ValueError("v")
    except ValueError:
        yield 2
        print("after yield in handler", sys.exc_info()[0])
    print("end", sys.exc_info()[0])
    yield 3
g = gen()
try:
    raise KeyError("outer")
except KeyError:
    next(g)
next(g)
print("caller", sys.exc_info()[0])
try:
    raise TypeError
except TypeError:
    next(g)
    print("caller after", sys.exc_info()[0])
print(next(g, "exhausted"))
def reraiser():
    yield
    raise
r = reraiser(); next(r)
try:
    raise OSError("x")
except OSError:
    try:
        next(r)
    except OSError as e:
        print("bare raise in gen saw", repr(e))
