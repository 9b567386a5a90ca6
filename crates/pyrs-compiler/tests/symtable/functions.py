def f(a, b=default1, /, c=default2, *args, d, e=default3, **kw):
    return a + b + c + d + e + undefined_global

async def g(x: Ann1, *y: Ann2, z: Ann3, **w: Ann4) -> Ret:
    await x
    async for i in y:
        pass
    async with z as q:
        pass
    return [i async for i in aiter()]

def gen():
    yield 1
    yield from other()
    x = yield

@decorator(arg)
@other.decorator
def decorated(self):
    pass

lam = lambda a, *b, c=1, **d: a + b + c + d + free_name
nested = lambda: lambda: lambda: deep
def defaults_with_lambda(a=lambda: inner_default, b=(lambda q: q)):
    pass
