# asyncio.Runner, the pre-run() style (get_event_loop + run_until_complete), ensure_future
import asyncio


class Ready:
    """A custom awaitable (an object with __await__)."""

    def __init__(self, value):
        self.value = value

    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return self.value


async def double(x):
    await asyncio.sleep(0)
    return 2 * x


with asyncio.Runner() as runner:
    print("runner 1", runner.run(double(1)))
    print("runner 2", runner.run(double(2)))
    loop = runner.get_loop()
    print("same loop", loop is runner.get_loop(), loop.is_closed())
print("closed after with", loop.is_closed())
coro = double(3)
try:
    runner.run(coro)
except RuntimeError as e:
    print("RuntimeError", e)
coro.close()

r = asyncio.Runner()
try:
    r.run(5)
except ValueError as e:
    print("ValueError", e)
r.close()

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
fut = asyncio.ensure_future(double(10))
print("ensure_future gives", type(fut).__name__, fut.get_name())
print("run_until_complete", loop.run_until_complete(fut))
print("awaitable", loop.run_until_complete(Ready("custom")))
wrapped = asyncio.ensure_future(Ready("wrapped"))
print("wrapped in", type(wrapped).__name__, loop.run_until_complete(wrapped))
print("future unchanged", asyncio.ensure_future(fut) is fut)
try:
    asyncio.ensure_future("text")
except TypeError as e:
    print("TypeError", e)
t = loop.create_task(double(4), name="explicit")
print("create_task name", t.get_name(), loop.run_until_complete(t))
t2 = asyncio.Task(double(5), loop=loop)
print("Task()", loop.run_until_complete(t2))


async def gather_on_loop():
    return await asyncio.gather(double(1), Ready(2))


print("gather", loop.run_until_complete(gather_on_loop()))
print("all_tasks(loop)", len(asyncio.all_tasks(loop)), asyncio.current_task(loop))
loop.close()
asyncio.set_event_loop(None)
