# Event loop objects: run_until_complete, call_soon/call_later/call_at, stop, close, handles
import asyncio

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print("get_event_loop", asyncio.get_event_loop() is loop)
print("running", loop.is_running(), "closed", loop.is_closed())
log = []


async def work(x):
    log.append(("running", asyncio.get_running_loop() is loop, loop.is_running()))
    await asyncio.sleep(0.01)
    return x * 2


print("run_until_complete", loop.run_until_complete(work(21)), log)
log.clear()

h1 = loop.call_soon(log.append, "soon1")
h2 = loop.call_soon(log.append, "soon2")
h3 = loop.call_soon(log.append, "soon3")
h2.cancel()
print("handle", repr(h1), repr(h2), h2.cancelled())
t1 = loop.call_later(0.02, log.append, "later20")
t2 = loop.call_later(0.01, log.append, "later10")
t3 = loop.call_at(loop.time() + 0.03, log.append, "at30")
t4 = loop.call_later(0.015, log.append, "cancelled timer")
t4.cancel()
print("timer when", t1.when() > t2.when(), t4.cancelled())
loop.call_later(0.05, loop.stop)
loop.run_forever()
print("order", log)
log.clear()


def chain(n):
    log.append(n)
    if n < 3:
        loop.call_soon(chain, n + 1)
    else:
        loop.stop()


loop.call_soon(chain, 0)
loop.run_forever()
print("chain", log)
log.clear()

# stop() finishes the current iteration; what it schedules runs at the next run
loop.call_soon(log.append, "a")
loop.call_soon(loop.stop)
loop.call_soon(log.append, "b")
loop.call_soon(lambda: loop.call_soon(log.append, "next run"))
loop.run_forever()
print("after stop", log)
loop.run_until_complete(asyncio.sleep(0))
print("leftover ran", log)

f = loop.create_future()
loop.call_soon(loop.stop)
try:
    loop.run_until_complete(f)
except RuntimeError as e:
    print("RuntimeError", e)
f.cancel()


async def nested():
    inner = asyncio.sleep(0)
    try:
        loop.run_until_complete(inner)
    except RuntimeError as e:
        return str(e)
    finally:
        inner.close()


coro = nested()
print("nested", loop.run_until_complete(coro))


async def try_close():
    try:
        loop.close()
    except RuntimeError as e:
        return str(e)


print("close while running", loop.run_until_complete(try_close()))
print("task on loop", loop.run_until_complete(loop.create_task(work(5))))
print(repr(loop).replace("_Unix", ""))
loop.close()
loop.close()
print("closed", loop.is_closed(), repr(loop).replace("_Unix", ""))
for name, call in [("call_soon", lambda: loop.call_soon(print)),
                   ("call_later", lambda: loop.call_later(1, print)),
                   ("run_forever", loop.run_forever),
                   ("create_future", lambda: loop.create_future().done())]:
    try:
        print(name, call())
    except RuntimeError as e:
        print(name, "RuntimeError", e)
try:
    loop.call_later(None, print)
except TypeError as e:
    print("TypeError", e)
loop2 = asyncio.new_event_loop()
print("new loop differs", loop2 is not loop, loop2.time() >= 0)
asyncio.set_event_loop(None)
loop2.close()
