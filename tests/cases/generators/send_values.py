def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received

g = echo()
print("prime", g.send(None))
print("send a", g.send("a"))
print("send b", g.send("b"))
try:
    g.send(None)
except StopIteration as e:
    print("returned", e.value)

def running_avg():
    total = 0.0
    count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count

r = running_avg()
next(r)
print([r.send(v) for v in (10, 20, 30, 40)])

fresh = echo()
try:
    fresh.send("too early")
except TypeError as e:
    print(type(e).__name__, e)

def accumulate_sends():
    acc = yield
    while True:
        acc += yield acc

a = accumulate_sends()
next(a)
print(a.send(1), a.send(2), a.send(3))

def yield_expr_value():
    x = yield 1
    y = yield x
    print("  x y", x, y)

y = yield_expr_value()
print(next(y))
print(next(y))
try:
    next(y)
except StopIteration:
    print("done after next() sent None")
