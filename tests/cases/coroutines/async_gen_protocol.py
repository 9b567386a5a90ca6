import types
async def agen():
    try:
        yield 1
        x = yield 2
        print("got", x)
        yield 3
    finally:
        print("cleanup")
g = agen()
def run(aw):
    try:
        aw.send(None)
    except StopIteration as e:
        return e.value
    except StopAsyncIteration:
        return "STOP"
print(run(g.__anext__()), run(g.__anext__()), run(g.asend("hi")))
print(run(g.aclose()))
print(run(g.__anext__()))
class ACM:
    async def __aenter__(self):
        print("enter"); return "res"
    async def __aexit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None); return True
async def main():
    async with ACM() as r:
        print("body", r)
        raise ValueError
    async for v in agen():
        if v == 2: break
    print([v async for v in agen()])
    return "done"
print(run(main()))
async def boom():
    raise KeyError("k")
c = boom()
try: c.send(None)
except KeyError as e: print("KeyError", e)
try: c.send(None)
except RuntimeError as e: print(e)
async def co(): return 1
x = co()
print(type(x.__await__()).__name__)
w = x.__await__()
try: next(w)
except StopIteration as e: print("wrapper", e.value)
print(type(agen()).__name__, type(agen().__anext__()).__name__, type(agen().aclose()).__name__)
async def thrower():
    try:
        yield 1
    except ValueError:
        yield "caught"
t = thrower(); run(t.__anext__()); print(run(t.athrow(ValueError)))
try:
    async def bad():
        async for x in 5: pass
    bad().send(None)
except TypeError as e: print(e)
try:
    async def bad2():
        async with 5: pass
    bad2().send(None)
except TypeError as e: print(e)
