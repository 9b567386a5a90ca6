# async generators and async iterators driven by asyncio: async for, comprehensions, aclose
import asyncio

log = []


async def ticks(name, n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield f"{name}{i}"
    finally:
        log.append(f"{name} closed")


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(0)
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current + 1


async def consume(name, n, delay, out):
    async for item in ticks(name, n, delay):
        out.append(item)


async def main():
    out = []
    await asyncio.gather(consume("a", 3, 0.03, out), consume("b", 2, 0.075, out))
    print("merged", out)
    print("closed", sorted(log))
    log.clear()

    print("countdown", [x async for x in Countdown(4)])
    print("filtered", [x async for x in Countdown(6) if x % 2 == 0])

    gen = ticks("g", 10, 0)
    first = await gen.__anext__()
    second = await anext(gen)
    print("manual", first, second)
    await gen.aclose()
    print("after aclose", log)
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("exhausted after aclose")
    print("default", await anext(gen, "done"))

    # breaking out of async for, then closing explicitly
    gen2 = ticks("h", 10, 0)
    async for item in gen2:
        if item == "h1":
            break
    await gen2.aclose()
    print("after break", log)

    # a producer task feeding a queue, consumed with async for over a helper
    q = asyncio.Queue()

    async def producer():
        async for x in Countdown(3):
            await q.put(x)
        await q.put(None)

    async def drain():
        while (item := await q.get()) is not None:
            yield item

    task = asyncio.create_task(producer())
    print("drained", [x async for x in drain()])
    await task

    # an async generator raising an error mid-way
    async def faulty():
        yield 1
        raise ValueError("generator broke")

    got = []
    try:
        async for x in faulty():
            got.append(x)
    except ValueError as e:
        print("error after", got, e)


asyncio.run(main())
