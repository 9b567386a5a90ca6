async def f():
    a = [x async for x in aiter()]
    b = {x async for x in aiter()}
    c = {k: v async for k, v in aitems()}
    d = (x async for x in aiter())
    e = [await x for x in y]
    g = [x async for x in a if await x async for y in b]
    h = [x for x in y async for z in w]
    return [i async for i in a if i]
