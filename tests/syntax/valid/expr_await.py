async def f():
    await x
    await x.y
    await x()
    await x[0]
    a = await b
    a = await b + await c
    a = -await b
    a = await b ** 2
    a = not await b
    print(await x)
    await (await x)
    return [await y for y in z]
