def f(key=lambda item=None, reverse: item):
    pass
