def f():
    return *a, b

def g():
    return a, *b

def h():
    yield *a, b
    yield a, *b
    x = yield *a, b

def i():
    return *a, *b, *c
