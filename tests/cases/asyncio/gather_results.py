# gather: result order, return_exceptions, failing children, cancellation, duplicates
import asyncio


async def value(v, delay=0):
    await asyncio.sleep(delay)
    return v


async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc


async def main():
    print("order", await asyncio.gather(value("a", 0.02), value("b", 0.01), value("c")))
    print("empty", await asyncio.gather())
    print("mixed", await asyncio.gather(value(1), fail(ValueError("bad")), value(3),
                                        return_exceptions=True))
    try:
        await asyncio.gather(value(1, 0.01), fail(KeyError("k")))
    except KeyError as e:
        print("propagated", repr(e))
    await asyncio.sleep(0.02)

    t = asyncio.create_task(value("task"))
    coro = value("dup")
    print("duplicates", await asyncio.gather(t, coro, t, coro))

    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, fut.set_result, "from future")
    print("future child", await asyncio.gather(fut, value(2)))

    # cancelling the gather cancels the children
    slow1 = asyncio.create_task(value("x", 10))
    slow2 = asyncio.create_task(value("y", 10))
    g = asyncio.gather(slow1, slow2)
    await asyncio.sleep(0)
    print("cancel gather", g.cancel())
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather cancelled", type(e).__name__, g.cancelled())
    print("children", slow1.cancelled(), slow2.cancelled())

    # a cancelled child with return_exceptions
    c1 = asyncio.create_task(value("c1", 10))
    c2 = asyncio.create_task(value("c2"))
    g2 = asyncio.gather(c1, c2, return_exceptions=True)
    await asyncio.sleep(0)
    c1.cancel("stop it")
    res = await g2
    print("return_exceptions cancel", repr(res[0]), res[1], c1.cancelled())

    # a cancelled child without return_exceptions
    c3 = asyncio.create_task(value("c3", 10))
    g3 = asyncio.gather(c3, value("c4"))
    await asyncio.sleep(0)
    c3.cancel()
    try:
        await g3
    except asyncio.CancelledError:
        print("child cancel -> CancelledError; outer cancelled():", g3.cancelled())

    nested = await asyncio.gather(asyncio.gather(value(1), value(2)), value(3))
    print("nested", nested)

    try:
        asyncio.gather(1, 2)
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
