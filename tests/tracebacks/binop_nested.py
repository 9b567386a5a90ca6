def f():
    a, b, c = 1, 2, None
    return a + b * c
f()
