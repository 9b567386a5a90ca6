def f(for, in):
    pass
