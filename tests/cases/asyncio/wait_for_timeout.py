# wait_for: results, TimeoutError (the builtin class in 3.11), cancellation of the inner task
import asyncio

events = []


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        events.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        events.append(f"{name} cancelled")
        raise


async def main():
    print("TimeoutError is builtin:", asyncio.TimeoutError is TimeoutError,
          asyncio.exceptions.TimeoutError is TimeoutError)
    print("fast", await asyncio.wait_for(slow("fast", 0.01), 1))
    print("no timeout", await asyncio.wait_for(slow("none", 0), None))
    try:
        await asyncio.wait_for(slow("late", 1), 0.01)
    except asyncio.TimeoutError as e:
        print("timed out:", type(e).__name__, repr(str(e)), type(e.__cause__).__name__)
    print("events", events)
    events.clear()

    t = asyncio.create_task(slow("task", 1))
    try:
        await asyncio.wait_for(t, timeout=0.01)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())

    try:
        await asyncio.wait_for(slow("zero", 1), 0)
    except TimeoutError as e:
        print("zero timeout", type(e).__name__)
    done = asyncio.get_running_loop().create_future()
    done.set_result("already")
    print("zero timeout done future", await asyncio.wait_for(done, 0))
    print("events", events)

    async def boom():
        await asyncio.sleep(0)
        raise ValueError("inner error")

    try:
        await asyncio.wait_for(boom(), 1)
    except ValueError as e:
        print("inner exception", e)

    # the task running wait_for gets cancelled: the inner task is cancelled too
    events.clear()

    async def outer():
        return await asyncio.wait_for(slow("deep", 1), 5)

    o = asyncio.create_task(outer())
    await asyncio.sleep(0.01)
    o.cancel()
    try:
        await o
    except asyncio.CancelledError:
        print("outer cancelled", o.cancelled())
    print("events", events)

    # a task that ignores its cancellation makes wait_for return its result
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return "ignored cancel"

    print("stubborn", await asyncio.wait_for(stubborn(), 0.01))


asyncio.run(main())
