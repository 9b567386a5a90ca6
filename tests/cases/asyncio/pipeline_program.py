# A small crawler-like program: a queue of jobs, workers limited by a semaphore,
# retries with wait_for timeouts, cleanup on cancellation, results gathered in order
import asyncio

LATENCY = {"a": 0.04, "b": 0.1, "c": 0.01, "d": 0.5, "e": 0.07}
LINKS = {"a": ["b", "c"], "b": ["d", "e"], "c": ["e"], "d": [], "e": []}
events = []


class FetchError(Exception):
    pass


async def fetch(page, limiter):
    async with limiter:
        await asyncio.sleep(LATENCY[page])
        if page == "d":
            raise FetchError(f"timeout-prone page {page!r}")
        return LINKS[page]


async def fetch_with_timeout(page, limiter):
    try:
        return await asyncio.wait_for(fetch(page, limiter), timeout=0.2)
    except TimeoutError:
        events.append(f"gave up on {page}")
        return []


async def worker(wid, queue, seen, limiter, results):
    try:
        while True:
            page = await queue.get()
            try:
                links = await fetch_with_timeout(page, limiter)
                results[page] = len(links)
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            except FetchError as e:
                results[page] = f"error: {e}"
            finally:
                queue.task_done()
    except asyncio.CancelledError:
        await asyncio.sleep(0)          # asynchronous cleanup before re-raising
        events.append(f"worker {wid} stopped")
        raise


async def crawl(start):
    queue = asyncio.Queue()
    seen = {start}
    results = {}
    limiter = asyncio.Semaphore(2)
    queue.put_nowait(start)
    workers = [asyncio.create_task(worker(i, queue, seen, limiter, results), name=f"w{i}")
               for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    outcome = await asyncio.gather(*workers, return_exceptions=True)
    print("workers ended with", [type(o).__name__ for o in outcome])
    return results


async def main():
    results = await crawl("a")
    for page in sorted(results):
        print(f"  {page}: {results[page]}")
    print("events:", sorted(events))

    # the same pages fetched concurrently, reported in completion order
    limiter = asyncio.Semaphore(5)
    tasks = {asyncio.create_task(fetch_with_timeout(p, limiter), name=p): p for p in "abce"}
    order = []
    pending = set(tasks)
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        order.extend(sorted(t.get_name() for t in done))
    print("completion order:", order)
    total = sum(map(len, await asyncio.gather(*tasks)))
    print("total links:", total)


asyncio.run(main())
