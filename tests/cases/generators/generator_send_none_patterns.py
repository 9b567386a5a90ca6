def gen():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
g = gen()
print(next(g), g.send("a"), next(g))
try:
    g.send("c")
except StopIteration as e:
    print("returned", e.value)
def first_send_none():
    x = yield "ready"
    yield f"got {x}"
f = first_send_none()
print(f.send(None), f.send(42))
def doubler():
    value = None
    while True:
        value = yield (value * 2 if value is not None else None)
d = doubler()
print([d.send(v) for v in [None, 1, 2, 3]])
def stateful():
    total = 0
    while True:
        cmd = yield total
        if cmd == "reset":
            total = 0
        elif isinstance(cmd, int):
            total += cmd
s = stateful()
next(s)
print(s.send(5), s.send(10), s.send("reset"), s.send(1), next(s))
