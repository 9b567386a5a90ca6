def gen():
    yield
    yield 1
    yield 1, 2
    yield from other()
    x = yield
    x = yield 1
    x = yield from other()
    y = (yield)
    f((yield))
    z = [(yield)]
    await_ = yield x
    yield (yield)
    return (yield from g())
