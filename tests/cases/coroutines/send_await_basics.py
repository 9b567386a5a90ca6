import types
async def f(x):
    return x * 2
c = f(3)
print(type(c).__name__)
try:
    c.send(None)
except StopIteration as e:
    print("result", e.value)
class Fut:
    def __await__(self):
        v = yield "tick"
        return v
async def g():
    r = await Fut()
    return r + 1
c = g()
print(c.send(None))
try:
    c.send(10)
except StopIteration as e:
    print("g", e.value)
async def agen():
    yield 1
    yield 2
a = agen()
print(type(a).__name__)
async def use():
    out = []
    async for x in agen():
        out.append(x)
    return out
c = use()
try: c.send(None)
except StopIteration as e: print(e.value)
async def comp():
    return [x async for x in agen()]
try: comp().send(None)
except StopIteration as e: print(e.value)
c = f(1); c.close(); print("closed")
