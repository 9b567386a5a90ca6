def outer(a):
    b = 1
    def inner():
        nonlocal b
        b += a
        return b
    return inner

def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
    del count
    return inc

x = 1
def useglobal():
    global x
    x = 2
