# as_completed yields awaitables in completion order; shield protects from cancellation
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def bad(delay):
    await asyncio.sleep(delay)
    raise LookupError("missing")


async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in
             [("slow", 0.04), ("fast", 0.01), ("mid", 0.02)]]
    for i, aw in enumerate(asyncio.as_completed(tasks)):
        print("completed", i, await aw)

    tasks = [asyncio.create_task(job("ok", 0.01)), asyncio.create_task(bad(0.02))]
    for aw in asyncio.as_completed(tasks):
        try:
            print("result", await aw)
        except LookupError as e:
            print("error", repr(e))

    tasks = [asyncio.create_task(job("quick", 0.01)), asyncio.create_task(job("never", 5))]
    try:
        for aw in asyncio.as_completed(tasks, timeout=0.06):
            print("got", await aw)
    except asyncio.TimeoutError:
        print("as_completed timed out")
    tasks[1].cancel()

    coro = job("x", 0)
    it = asyncio.as_completed(coro)
    print("lazy check", type(it).__name__)
    try:
        next(it)
    except TypeError as e:
        print("TypeError", e)
    print("coroutine still usable", await coro)

    # shield: cancelling the outer future leaves the inner task running
    inner = asyncio.create_task(job("shielded", 0.05))
    outer = asyncio.shield(inner)
    await asyncio.sleep(0)
    print("outer cancel", outer.cancel())
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled", outer.cancelled(), "inner done", inner.done())
    print("inner result", await inner)

    # shield of a finished task returns that task itself
    print("same task", asyncio.shield(inner) is inner)

    # cancelling the task that awaits a shield
    inner2 = asyncio.create_task(job("survivor", 0.06))

    async def awaiting():
        try:
            return await asyncio.shield(inner2)
        except asyncio.CancelledError:
            print("awaiting task cancelled")
            raise

    w = asyncio.create_task(awaiting())
    await asyncio.sleep(0.005)
    w.cancel()
    await asyncio.sleep(0.1)
    print("w cancelled", w.cancelled(), "inner2", inner2.result())

    # shield propagates the inner result and exception
    print("shield value", await asyncio.shield(job("v", 0)))
    try:
        await asyncio.shield(bad(0))
    except LookupError as e:
        print("shield error", e)


asyncio.run(main())
