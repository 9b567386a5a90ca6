async def f():
    async for x in aiter():
        print(x)
    async with lock as l:
        await l.do()
    return [x async for x in ait()]

async def agen():
    yield 1
