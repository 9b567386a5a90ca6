# types.coroutine: generator-based coroutines usable with await.
import types


@types.coroutine
def sleep0():
    value = yield "tick"
    return value


async def worker():
    got = await sleep0()
    return f"worker got {got}"


coro = worker()
print("first", coro.send(None))
try:
    coro.send("hello")
except StopIteration as stop:
    print("result", stop.value)

print("flag", bool(sleep0.__code__.co_flags & 0x100), sleep0.__name__)


class Ticker:
    """A generator-like object that is not a generator."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value):
        self.n += 1
        if self.n > 2:
            raise StopIteration("ticker done")
        return self.n

    def throw(self, *args):
        raise StopIteration

    def close(self):
        pass


def make_ticker():
    return Ticker()


wrapped = types.coroutine(make_ticker)
print("wrapper name", wrapped.__name__, wrapped.__wrapped__ is make_ticker)
w = wrapped()
print("wrapper", type(w).__name__, w.send(None), next(w))


async def use_ticker():
    return await wrapped()


c2 = use_ticker()
print("await ticker", c2.send(None), c2.send(None))
try:
    c2.send(None)
except StopIteration as stop:
    print("ticker result", stop.value)

plain = types.coroutine(lambda: 7)
print("plain", plain())
try:
    types.coroutine(5)
except TypeError as e:
    print("not callable", e)


async def native():
    return 1


print("native unchanged", types.coroutine(native) is native)
c3 = native()
c3.close()
