def f():
    pass

def g(a, b):
    return a + b

def h(a, b=1, c=None):
    """Docstring."""
    return a

def annotated(a: int, b: str = 'x') -> bool:
    return True

def one_line(): return 1

def trailing_comma(a, b,):
    pass
