# A CancelledError escaping asyncio.run(): it is a BaseException, so "except Exception" misses it
import asyncio


async def victim():
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(victim())
    await asyncio.sleep(0)
    t.cancel("shutting down")
    try:
        await t
    except Exception:
        print("not an Exception")
    finally:
        print("finally sees cancelled:", t.cancelled())


print("CancelledError bases:", asyncio.CancelledError.__bases__)
asyncio.run(main())
