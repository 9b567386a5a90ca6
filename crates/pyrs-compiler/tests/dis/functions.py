def f(a, b=1, /, c=2, *args, d, e=3, **kw):
    "docstring"
    return a

def g(x: int, *, y: str = "s") -> bool:
    pass

@dec
@dec2(1)
def h():
    return 1

async def co():
    await x
    return 1
