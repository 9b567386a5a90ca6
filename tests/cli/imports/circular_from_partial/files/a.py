from b import g
def f():
    return 1
