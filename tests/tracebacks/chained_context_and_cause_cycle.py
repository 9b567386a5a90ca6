try:
    raise ValueError("a")
except ValueError as a:
    b = TypeError("b")
    a.__context__ = b
    b.__context__ = a
    raise b
