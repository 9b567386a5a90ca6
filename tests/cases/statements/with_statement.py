class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

with CM("a") as v:
    print("body", v)

with CM("b") as x, CM("c") as y:
    print("body2", x, y)

with (CM("p") as p,
      CM("q") as q):
    print("parenthesized", p, q)

with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")

try:
    with CM("t"):
        raise KeyError("not suppressed")
except KeyError as e:
    print("caught", repr(e))

def in_function():
    with CM("ret"):
        return "returned"
print(in_function())

for i in range(3):
    with CM("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)

class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

class OnlyEnter:
    def __enter__(self):
        return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

with CM("target") as (first, *rest):
    print("unpacked target", first, rest)
