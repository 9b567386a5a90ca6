# An exception escaping the main coroutine ends asyncio.run() (and the program)
import asyncio

log = []


async def background():
    try:
        await asyncio.sleep(10)
    finally:
        log.append("background cleaned up")
        print("background cleanup ran")


async def fail_later():
    await asyncio.sleep(0.01)
    raise LookupError("no such key: 'answer'")


async def main():
    asyncio.create_task(background())
    print("result so far", await asyncio.sleep(0, 41) + 1)
    await fail_later()
    print("not reached")


try:
    asyncio.run(fail_later())
except LookupError as e:
    print("caught once:", e)
asyncio.run(main())
