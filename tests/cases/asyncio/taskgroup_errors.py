# TaskGroup (3.11): waiting for children, failures cancel siblings, ExceptionGroup, except*
import asyncio

log = []


async def work(name, delay, fail=None):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    if fail:
        raise fail
    log.append(f"{name} done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(work("a", 0.02))
        t2 = tg.create_task(work("b", 0.01), name="named-b")
        print("repr inside", repr(tg))
    print("all done", t1.result(), t2.result(), t2.get_name(), log, repr(tg))
    log.clear()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("ok", 0.01))
            tg.create_task(work("bad", 0.02, ValueError("boom")))
            tg.create_task(work("slow", 1))
    except ExceptionGroup as eg:
        print("group:", eg)
        print("members:", [repr(e) for e in eg.exceptions])
    print("log", log)
    log.clear()

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("x", 0, KeyError("k")))
            tg.create_task(work("y", 0, TypeError("t")))
    except* KeyError as eg:
        print("except* KeyError", [repr(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("except* TypeError", [repr(e) for e in eg.exceptions])

    # an error in the body itself cancels the children
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(work("child", 1))
            await asyncio.sleep(0)
            raise RuntimeError("body failed")
    except ExceptionGroup as eg:
        print("body error:", eg, [repr(e) for e in eg.exceptions], log)
    log.clear()

    tg = asyncio.TaskGroup()
    coro = work("late", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError", e)
    coro.close()
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError", e)

    # the parent is cancelled from outside while waiting in __aexit__
    async def parent():
        async with asyncio.TaskGroup() as g:
            g.create_task(work("kid", 1))
        return "unreachable"

    p = asyncio.create_task(parent())
    await asyncio.sleep(0.01)
    p.cancel()
    try:
        await p
    except asyncio.CancelledError:
        print("parent cancelled", p.cancelled(), log)


asyncio.run(main())
