# Cancelling tasks that wait on locks, semaphores, conditions, events and queues
import asyncio

log = []


async def hold(prim, name, steps=2):
    async with prim:
        log.append(f"{name} got it")
        for _ in range(steps):
            await asyncio.sleep(0)
    log.append(f"{name} released")


async def settle(n=6):
    for _ in range(n):
        await asyncio.sleep(0)


async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(hold(lock, "a"))
    b = asyncio.create_task(hold(lock, "b"))
    c = asyncio.create_task(hold(lock, "c"))
    await asyncio.sleep(0)
    b.cancel()
    await settle()
    print("lock:", log, b.cancelled(), lock.locked())
    log.clear()

    sem = asyncio.Semaphore(1)
    tasks = [asyncio.create_task(hold(sem, n)) for n in "xyz"]
    await asyncio.sleep(0)
    tasks[1].cancel()
    await settle()
    print("semaphore:", log, [t.cancelled() for t in tasks], sem.locked())
    log.clear()

    cond = asyncio.Condition()

    async def waiter(name):
        async with cond:
            try:
                await cond.wait()
                log.append(f"{name} notified")
            except asyncio.CancelledError:
                log.append(f"{name} cancelled, holds lock: {cond.locked()}")
                raise

    w1 = asyncio.create_task(waiter("w1"))
    w2 = asyncio.create_task(waiter("w2"))
    await asyncio.sleep(0)
    w1.cancel()
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await settle()
    print("condition:", log, w1.cancelled(), w2.done(), cond.locked())
    log.clear()

    ev = asyncio.Event()
    e1 = asyncio.create_task(ev.wait())
    e2 = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    e1.cancel()
    await asyncio.sleep(0)
    ev.set()
    print("event:", e1.cancelled(), await e2)

    q = asyncio.Queue(1)
    await q.put("first")
    p1 = asyncio.create_task(q.put("second"))
    p2 = asyncio.create_task(q.put("third"))
    await asyncio.sleep(0)
    p1.cancel()
    await asyncio.sleep(0)
    print("queue get:", q.get_nowait())
    await settle()
    print("queue:", p1.cancelled(), p2.done(), q.get_nowait(), q.empty())
    g1 = asyncio.create_task(q.get())
    g2 = asyncio.create_task(q.get())
    await asyncio.sleep(0)
    g1.cancel()
    q.put_nowait("for g2")
    print("getter:", await g2, g1.cancelled())


asyncio.run(main())
