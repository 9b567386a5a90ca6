# Lock, Event, Condition, Semaphore and BoundedSemaphore
import asyncio

log = []


async def critical(lock, name):
    async with lock:
        log.append(f"{name} in")
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        log.append(f"{name} out")


async def main():
    lock = asyncio.Lock()
    print("locked", lock.locked())
    await asyncio.gather(*(critical(lock, n) for n in "abc"))
    print(" ".join(log))
    log.clear()
    print("acquire", await lock.acquire(), lock.locked())
    lock.release()
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError", e)
    async with lock as value:
        print("async with binds", value, lock.locked())

    ev = asyncio.Event()

    async def wait_event(name):
        log.append(f"{name} waiting")
        r = await ev.wait()
        log.append(f"{name} woke {r}")

    ws = [asyncio.create_task(wait_event(n)) for n in ("e1", "e2")]
    await asyncio.sleep(0)
    print("is_set", ev.is_set())
    ev.set()
    await asyncio.gather(*ws)
    print(" ".join(log), "| set again:", await ev.wait())
    ev.clear()
    print("cleared", ev.is_set())
    log.clear()

    cond = asyncio.Condition()
    items = []

    async def consume(name):
        async with cond:
            await cond.wait_for(lambda: items)
            log.append(f"{name} took {items.pop(0)}")

    cs = [asyncio.create_task(consume(n)) for n in ("c1", "c2")]
    await asyncio.sleep(0)
    async with cond:
        items.append(1)
        cond.notify()
    await asyncio.sleep(0)
    async with cond:
        items.append(2)
        cond.notify_all()
    await asyncio.gather(*cs)
    print(" ".join(log))
    log.clear()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError", e)

    sem = asyncio.Semaphore(2)
    running = 0
    peak = 0

    async def limited(name):
        nonlocal running, peak
        async with sem:
            running += 1
            peak = max(peak, running)
            log.append(f"{name}+")
            await asyncio.sleep(0.01)
            running -= 1
            log.append(f"{name}-")

    await asyncio.gather(*(limited(f"j{i}") for i in range(5)))
    print(" ".join(log), "peak", peak, "locked", sem.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError", e)
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    print("bounded locked", bs.locked())
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError", e)
    s0 = asyncio.Semaphore(0)
    print("zero semaphore locked", s0.locked())
    s0.release()
    print("after release", s0.locked(), await s0.acquire())


asyncio.run(main())
