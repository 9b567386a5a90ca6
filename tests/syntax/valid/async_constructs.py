async def f():
    await x
    await f(y)
    r = await g()
    async for a in b:
        pass
    async for a, b in c:
        pass
    else:
        pass
    async with a as b:
        pass
    async with a, b as c:
        pass
    async with (a as b, c as d):
        pass
    return await h()

async def g(a, *, b=1) -> int:
    yield 1
    x = await (await y)
    return

class C:
    async def method(self):
        await self.other()
