def f():
    raise LookupError('deep')
f()
