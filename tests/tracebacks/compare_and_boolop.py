def check(x):
    return x is not None and x < "a" or False


check(1)
