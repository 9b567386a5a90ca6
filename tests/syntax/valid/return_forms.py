def f():
    return
def g():
    return None
def h():
    return 1,
def i():
    return (1, 2)
def j():
    return [1, 2]
def k():
    return lambda: 0
def l():
    return not x
def m():
    return (x := 1) if False else 0
def n():
    return await_
def o():
    if x: return
    return ...
