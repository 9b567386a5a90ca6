# The order in which tasks run: sleep(0) yields for one loop iteration, timers by deadline
import asyncio

log = []


async def ticker(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    log.append(f"{name}-end")
    return name


async def sleeper(name, delay):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} woke")


async def main():
    a = asyncio.create_task(ticker("a", 3))
    b = asyncio.create_task(ticker("b", 2))
    log.append("main before await")
    await asyncio.sleep(0)
    log.append("main after one sleep(0)")
    print("results", await a, await b)
    print(" ".join(log))
    log.clear()

    tasks = [asyncio.create_task(sleeper(n, d)) for n, d in
             [("s30", 0.03), ("s10", 0.01), ("s20", 0.02), ("s0", 0)]]
    for t in tasks:
        await t
    print(" ".join(log))
    log.clear()

    # call_soon callbacks run in FIFO order, interleaved with task steps
    loop = asyncio.get_running_loop()
    loop.call_soon(log.append, "cb1")
    t = asyncio.create_task(ticker("t", 1))
    loop.call_soon(log.append, "cb2")
    loop.call_later(0.05, log.append, "later")
    await asyncio.sleep(0)
    log.append("main")
    await t
    await asyncio.sleep(0.08)
    print(" ".join(log))
    log.clear()

    # A task awaiting another task resumes after it
    async def waiter(other):
        log.append("waiter waits")
        r = await other
        log.append(f"waiter got {r}")

    inner = asyncio.create_task(ticker("i", 2))
    w = asyncio.create_task(waiter(inner))
    await w
    print(" ".join(log))


asyncio.run(main())
