# Barrier (3.11), reprs of tasks/futures/primitives without addresses, get_coro/get_loop
import asyncio

log = []


def short(obj):
    # Drop the parts that hold file names or addresses.
    text = repr(obj)
    start = text.find(" coro=<")
    if start >= 0:
        depth = 0
        i = start + 6
        while True:
            if text[i] == "<":
                depth += 1
            elif text[i] == ">":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        return text[:start] + " coro=<...>" + text[i + 1:]
    if " at 0x" in text:
        return text[:text.index(" at 0x")] + text[text.index(" ["):]
    return text


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} arrives")
    index = await barrier.wait()
    log.append(f"{name} passes")
    return index


async def main():
    b = asyncio.Barrier(3)
    print(short(b), b.parties, b.n_waiting, b.broken)
    results = await asyncio.gather(party(b, "p1", 0.01), party(b, "p2", 0.02),
                                   party(b, "p3", 0.03))
    print("indexes", sorted(results), log)
    print("after", short(b))
    log.clear()
    b2 = asyncio.Barrier(2)
    t = asyncio.create_task(party(b2, "lonely", 0))
    await asyncio.sleep(0.01)
    print("waiting", b2.n_waiting, short(b2))
    await b2.abort()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", repr(e), b2.broken, short(b2))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError", e)

    lock = asyncio.Lock()
    print(short(lock))
    await lock.acquire()
    waiter = asyncio.create_task(lock.acquire())
    await asyncio.sleep(0)
    print(short(lock))
    lock.release()
    await waiter
    lock.release()
    ev = asyncio.Event()
    print(short(ev))
    ev.set()
    print(short(ev))
    sem = asyncio.Semaphore(1)
    print(short(sem))
    async with sem:
        print(short(sem))
    print(short(asyncio.Condition()))

    async def compute():
        await asyncio.sleep(0)
        return 7

    t = asyncio.create_task(compute(), name="calc")
    print(short(t))
    await asyncio.sleep(0)
    print(short(t))
    await t
    print(short(t))
    print("coro name", t.get_coro().__qualname__, t.get_loop() is asyncio.get_running_loop())
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ArithmeticError("x"))
    print(short(f), repr(f.exception()))


asyncio.run(main())
