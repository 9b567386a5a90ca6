# Task.cancel: messages, cancelling()/uncancel(), catching CancelledError, done callbacks, reprs
import asyncio

log = []


async def sleeper(delay):
    await asyncio.sleep(delay)
    return "slept"


async def catcher():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        log.append(f"caught {e.args}")
        return "recovered"


async def cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        log.append("cleanup ran")


async def main():
    t = asyncio.create_task(sleeper(10), name="sleepy")
    await asyncio.sleep(0)
    print("cancel", t.cancel("stop now"), "cancelling", t.cancelling(), t.done())
    print("cancel again", t.cancel(), "cancelling", t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting cancelled task:", repr(e))
    print("state", t.done(), t.cancelled(), repr(t).startswith("<Task cancelled name='sleepy'"))
    print("cancel finished", t.cancel())

    c = asyncio.create_task(catcher())
    await asyncio.sleep(0)
    c.cancel("please")
    print("catcher result", await c, c.cancelled(), log)
    log.clear()

    d = asyncio.create_task(cleanup())
    await asyncio.sleep(0)
    d.cancel()
    await asyncio.sleep(0)
    print("finally ran", log, d.cancelled())
    log.clear()

    # cancelled before it ever ran: the coroutine body never starts
    async def never():
        log.append("started")

    n = asyncio.create_task(never())
    n.cancel()
    try:
        await n
    except asyncio.CancelledError:
        print("never started", log, n.cancelled())

    # done callbacks get the task
    u = asyncio.create_task(sleeper(0))
    u.add_done_callback(lambda task: log.append(("done cb", task.result())))
    await u
    await asyncio.sleep(0)
    print("callbacks", log)

    # uncancel()
    v = asyncio.create_task(sleeper(10))
    await asyncio.sleep(0)
    v.cancel()
    v.cancel()
    print("cancelling", v.cancelling(), "uncancel", v.uncancel(), v.uncancel(), v.uncancel())
    try:
        await v
    except asyncio.CancelledError:
        print("still cancelled", v.cancelled())

    # cancelling the current task from inside
    async def self_cancel():
        asyncio.current_task().cancel("self")
        try:
            await asyncio.sleep(0)
        except asyncio.CancelledError as e:
            return f"self-cancelled {e}"

    print(await asyncio.create_task(self_cancel()))

    # an exception in a task is stored, and re-raised by await
    async def broken():
        raise ZeroDivisionError("oops")

    b = asyncio.create_task(broken())
    await asyncio.sleep(0)
    print("broken", b.done(), repr(b.exception()))
    try:
        await b
    except ZeroDivisionError as e:
        print("await re-raises", e)

    for bad in (None, sleeper):
        try:
            asyncio.create_task(bad)
        except TypeError as e:
            print("TypeError", e.args[0].split(" at ")[0])

    async def await_self():
        await asyncio.sleep(0)
        await me

    me = asyncio.create_task(await_self())
    try:
        await me
    except RuntimeError as e:
        print("RuntimeError", str(e).split(":")[0])


asyncio.run(main())
