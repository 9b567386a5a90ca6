def gen():
    yield 1
    x = yield
    yield from other()
    return x

def gexp():
    return (yield)
