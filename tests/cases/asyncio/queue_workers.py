# asyncio.Queue: producers/consumers, maxsize back-pressure, join/task_done, the *_nowait errors
import asyncio

log = []


async def producer(q, items):
    for it in items:
        await q.put(it)
        log.append(f"put {it}")
    log.append("producer done")


async def consumer(name, q):
    while True:
        item = await q.get()
        log.append(f"{name} got {item}")
        await asyncio.sleep(0)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    print("str", q, "maxsize", q.maxsize, "empty", q.empty(), "full", q.full())
    prod = asyncio.create_task(producer(q, range(5)))
    await asyncio.sleep(0)
    print("after one step:", str(q), q.qsize(), q.full())
    workers = [asyncio.create_task(consumer(f"w{i}", q)) for i in range(2)]
    await prod
    await q.join()
    print("\n".join(log))
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print("workers", [type(r).__name__ for r in res])
    print("after join", str(q))

    q2 = asyncio.Queue()
    try:
        q2.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e), isinstance(e, Exception))
    q3 = asyncio.Queue(1)
    q3.put_nowait("x")
    try:
        q3.put_nowait("y")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e))
    print("get_nowait", q3.get_nowait(), q3.qsize())
    try:
        q3.task_done()
        q3.task_done()
    except ValueError as e:
        print("ValueError", e)

    # a getter waits until something is put
    q4 = asyncio.Queue()
    getter = asyncio.create_task(q4.get())
    await asyncio.sleep(0)
    print("waiting getter", str(q4))
    q4.put_nowait("hello")
    print("getter got", await getter)

    # cancelling a waiting get leaves the queue usable
    g2 = asyncio.create_task(q4.get())
    await asyncio.sleep(0)
    g2.cancel()
    await asyncio.sleep(0)
    q4.put_nowait(1)
    print("after cancelled get", g2.cancelled(), q4.get_nowait())

    pq = asyncio.PriorityQueue()
    for x in [5, 1, 4, 2, 3]:
        pq.put_nowait((x, f"p{x}"))
    print("priority", [pq.get_nowait()[1] for _ in range(5)])
    lq = asyncio.LifoQueue()
    for x in "abc":
        await lq.put(x)
    print("lifo", [await lq.get() for _ in range(3)], str(lq))
    print("join on empty queue returns", await asyncio.wait_for(asyncio.Queue().join(), 1))


asyncio.run(main())
