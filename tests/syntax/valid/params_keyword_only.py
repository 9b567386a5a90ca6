def f(*, a):
    pass

def g(*, a=1, b):
    pass

def h(a, *, b, c=2):
    pass

def i(*args, a, b=1):
    pass

def j(**kwargs):
    pass

def k(*args, **kwargs):
    pass

def l(*, a,):
    pass

def m(*args: int, **kwargs: str):
    pass

def n(a, *args, b=1, **kw,):
    pass
