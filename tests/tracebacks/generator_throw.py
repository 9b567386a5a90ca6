def numbers():
    yield 1
    yield 2


it = numbers()
next(it)
it.throw(KeyError("thrown in"))
