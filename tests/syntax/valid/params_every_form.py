def f(p1, p2=2, /, a=3, *args, k1, k2=4, **kwargs):
    pass

def g(p1: int, p2: int = 2, /, a: int = 3, *args: int, k1: int, k2: int = 4,
      **kwargs: int) -> int:
    pass

def h(a=lambda: 0, b=[x for x in y], c={**d}, *, e=(yield_ := 1)):
    pass
