# Future: results, exceptions, callbacks, cancellation, reprs and InvalidStateError
import asyncio

loop = asyncio.new_event_loop()
f = loop.create_future()
print(repr(f), f.done(), f.cancelled())
for meth in (f.result, f.exception):
    try:
        meth()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError", e)
f.set_result(42)
print(repr(f), f.done(), f.result(), f.exception())
try:
    f.set_result(1)
except asyncio.InvalidStateError as e:
    print("InvalidStateError", e)
print("cancel done future", f.cancel())

g = loop.create_future()
g.set_exception(ValueError("bad value"))
print(repr(g))
print("exception()", repr(g.exception()))
try:
    g.result()
except ValueError as e:
    print("result() raised", e)

h = loop.create_future()
h.set_exception(KeyError)
print("class becomes instance", repr(h.exception()))
for bad in (StopIteration(), 5):
    try:
        loop.create_future().set_exception(bad)
    except TypeError as e:
        print("TypeError", e)

c = loop.create_future()
print("cancel", c.cancel("because"), c.cancel(), repr(c), c.cancelled(), c.done())
for meth in (c.result, c.exception):
    try:
        meth()
    except asyncio.CancelledError as e:
        print("CancelledError", repr(e), isinstance(e, Exception), isinstance(e, BaseException))

calls = []


class Recorder:
    # Bound methods: their repr in "cb=[...]" shows no file name.
    def cb(self, fut):
        calls.append(("cb", fut.result()))

    def cb2(self, fut):
        calls.append(("cb2", fut.result()))


rec = Recorder()
cb, cb2 = rec.cb, rec.cb2


k = loop.create_future()
k.add_done_callback(cb)
k.add_done_callback(cb2)
k.add_done_callback(cb)
print(repr(k))
print("removed", k.remove_done_callback(cb), repr(k))
print("removed none", k.remove_done_callback(print))
k.set_result("v")
print("callbacks not run yet", calls)
loop.run_until_complete(asyncio.sleep(0))
print("after one iteration", calls)
k.add_done_callback(cb)
loop.run_until_complete(asyncio.sleep(0))
print("late callback scheduled", calls)

long = loop.create_future()
long.set_result("x" * 50)
print(repr(long))
lst = loop.create_future()
lst.set_result(list(range(20)))
print(repr(lst))
print("get_loop", long.get_loop() is loop, asyncio.isfuture(long), asyncio.isfuture(42))


async def await_it(fut):
    return await fut


w = loop.create_future()
loop.call_later(0.01, w.set_result, "later")
print("awaited", loop.run_until_complete(await_it(w)))
print("run_until_complete(future)", loop.run_until_complete(w))
x = loop.create_future()
loop.call_soon(x.set_exception, OSError(2, "nope"))
try:
    loop.run_until_complete(x)
except OSError as e:
    print("OSError", e)
print("generic", asyncio.Future[int], asyncio.Future, asyncio.Task)
loop.close()
