def f(a, b):
    return [a, b][2]


x = f(1, 2) if True else 0
