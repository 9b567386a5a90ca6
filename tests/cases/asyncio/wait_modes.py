# asyncio.wait with FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED and timeouts
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(f"{name} failed")
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    mk = asyncio.create_task
    ts = [mk(job("a", 0.03), name="a"), mk(job("b", 0.01), name="b"),
          mk(job("c", 0.05), name="c")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("first completed", names(done), names(pending))
    done, pending = await asyncio.wait(ts)
    print("all completed", names(done), names(pending))
    print("results", [t.result() for t in ts])

    ts = [mk(job("d", 0.01), name="d"), mk(job("e", 0.02, fail=True), name="e"),
          mk(job("f", 0.2), name="f")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("first exception", names(done), names(pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), t.exception())
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", names(done), [t.cancelled() for t in done])

    # FIRST_EXCEPTION with no exception waits for everything
    ts = [mk(job("g", 0.01), name="g"), mk(job("h", 0.02), name="h")]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("no exception", names(done), names(pending))

    # futures work too; wait accepts any iterable
    loop = asyncio.get_running_loop()
    f1, f2 = loop.create_future(), loop.create_future()
    loop.call_later(0.01, f2.set_result, "f2")
    done, pending = await asyncio.wait((f1, f2), return_when="FIRST_COMPLETED")
    print("futures", [f.result() for f in done], len(pending))
    f1.cancel()

    print("constants", asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    for bad in ([], set()):
        try:
            await asyncio.wait(bad)
        except ValueError as e:
            print("ValueError", e)
    try:
        await asyncio.wait([f1], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError", e)
    c = job("x", 0)
    try:
        await asyncio.wait([c])
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.wait(f1)
    except TypeError as e:
        print("TypeError", e)
    await c


asyncio.run(main())
