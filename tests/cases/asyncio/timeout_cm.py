# asyncio.timeout() / timeout_at() context managers (3.11): expiry, reschedule, nesting
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout(0.01) as cm:
            print("inside", type(cm).__name__, cm.expired())
            await asyncio.sleep(1)
        print("not reached")
    except TimeoutError as e:
        print("expired", type(e).__name__, type(e.__cause__).__name__, cm.expired(), repr(cm))

    async with asyncio.timeout(1) as cm:
        r = await asyncio.sleep(0.01, "fast enough")
    print("no expiry", r, cm.expired(), repr(cm))

    cm = asyncio.timeout(None)
    print("created", repr(cm), cm.when())
    async with cm:
        print("active", repr(cm))
        cm.reschedule(loop.time() + 0.01)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("body sees CancelledError")
            raise
    print("unreachable")


async def resched():
    try:
        async with asyncio.timeout(None) as cm:
            cm.reschedule(asyncio.get_running_loop().time() - 1)
            await asyncio.sleep(1)
    except TimeoutError:
        print("past deadline fires at once", cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)

    # timeout_at with a deadline that is not reached, then removed
    loop = asyncio.get_running_loop()
    async with asyncio.timeout_at(loop.time() + 0.01) as cm:
        cm.reschedule(None)
        await asyncio.sleep(0.02)
    print("rescheduled to None", cm.expired(), cm.when())

    # nested: the inner one expires first and is handled inside
    async with asyncio.timeout(1) as outer:
        try:
            async with asyncio.timeout(0.01) as inner:
                await asyncio.sleep(1)
        except TimeoutError:
            print("inner expired", inner.expired(), "outer", outer.expired())
        print("task not cancelling:", asyncio.current_task().cancelling())

    # an exception inside the block passes through
    try:
        async with asyncio.timeout(1):
            raise KeyError("inside")
    except KeyError as e:
        print("KeyError passes", e)

    # wait_for and timeout give the same exception class
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except TimeoutError as e:
        print("wait_for", type(e) is asyncio.TimeoutError)


async def outside():
    cm = asyncio.timeout(1)
    return cm


try:
    asyncio.run(main())
except TimeoutError as e:
    print("main ended with", type(e).__name__)
asyncio.run(resched())
try:
    asyncio.timeout(1)
except RuntimeError as e:
    print("RuntimeError", e)
