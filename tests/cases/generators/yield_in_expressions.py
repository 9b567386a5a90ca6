def g():
    x = yield 1
    print("  x", x)
    y = (yield 2) + 10
    print("  y", y)
    lst = [(yield 3), (yield 4)]
    print("  lst", lst)
    d = {"k": (yield 5)}
    print("  d", d)
    return "end"

gen = g()
print(next(gen))
print(gen.send("A"))
print(gen.send(5))
print(gen.send("L0"))
print(gen.send("L1"))
try:
    gen.send("D")
except StopIteration as e:
    print("return", e.value)

def yield_tuple():
    yield 1, 2
    yield (3, 4)
    v = yield
    print("  bare yield received", v)

yt = yield_tuple()
print(next(yt), next(yt), next(yt))
try:
    yt.send("sent")
except StopIteration:
    print("finished")

def yield_in_loop_condition():
    n = 0
    while (yield n) != "quit":
        n += 1

q = yield_in_loop_condition()
print(next(q), q.send("go"), q.send("go"))
try:
    q.send("quit")
except StopIteration:
    print("quit")

def yield_in_call():
    print("  called with", (yield "first"), (yield "second"))

yc = yield_in_call()
print(next(yc), yc.send("a"))
try:
    yc.send("b")
except StopIteration:
    pass
