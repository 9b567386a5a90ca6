# asyncio.run, create_task, task names, current_task, sleep results, iscoroutine helpers
import asyncio


async def add(a, b):
    await asyncio.sleep(0)
    return a + b


async def named():
    t = asyncio.current_task()
    return t.get_name()


def plain():
    return 1


async def main():
    print("running loop", asyncio.get_running_loop() is asyncio.get_event_loop())
    print("main name", asyncio.current_task().get_name())
    print("add", await add(2, 3))
    print("sleep result", await asyncio.sleep(0, result="r0"))
    print("sleep small", await asyncio.sleep(0.001, result=[1, 2]))
    print("sleep negative", await asyncio.sleep(-1, result="neg"))
    t1 = asyncio.create_task(named())
    t2 = asyncio.create_task(named(), name="worker")
    t3 = asyncio.create_task(named(), name=42)
    print("names before", t1.get_name(), t2.get_name(), repr(t3.get_name()))
    print("results", await t1, await t2, await t3)
    t3.set_name("renamed")
    print("renamed", t3.get_name())
    print("done", t1.done(), t1.cancelled(), t1.result())
    coro = add(1, 1)
    print("iscoroutine", asyncio.iscoroutine(coro), asyncio.iscoroutine(add))
    print("awaited later", await coro)
    print("iscoroutinefunction", asyncio.iscoroutinefunction(add),
          asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(main))
    print("isfuture", asyncio.isfuture(t1), asyncio.isfuture(coro))
    print("all_tasks", len(asyncio.all_tasks()), asyncio.current_task() in asyncio.all_tasks())
    inner = add(0, 0)
    try:
        asyncio.run(inner)
    except RuntimeError as e:
        print("nested run:", e)
    inner.close()
    return "main result"


print("run ->", asyncio.run(main()))
print("second run ->", asyncio.run(add(10, 20)))


async def show_name():
    return asyncio.current_task().get_name()


# Each asyncio.run() also creates tasks for its shutdown steps, so names keep counting.
print("third name", asyncio.run(show_name()))

try:
    asyncio.run(42)
except ValueError as e:
    print("ValueError", e)

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError", e)

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError", e)
