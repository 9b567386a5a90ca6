def f(a, /):
    pass

def g(a, b, /, c):
    pass

def h(a, b=1, /, c=2):
    pass

def i(a, /, *, b):
    pass

def j(a, /, b, *args, c, **kwargs):
    pass

def k(a=1, /, b=2, *, c=3):
    pass

def l(a, /,):
    pass

def m(a: int, /, b: int = 0) -> None:
    pass
