def inner():
    yield 1
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("  inner returned", result)
    yield 3
    return "outer result"

g = outer()
for v in g:
    print("got", v)

def collect():
    r = yield from outer()
    yield "outer said " + r

print(list(collect()))

def from_iterables():
    yield from [1, 2]
    yield from "ab"
    yield from range(3)
    yield from (x * x for x in range(3))
    yield from {"k": 1}

print(list(from_iterables()))

def echo_inner():
    while True:
        v = yield
        if v == "stop":
            return "stopped"
        print("  inner got", v)

def delegator():
    r = yield from echo_inner()
    yield r

d = delegator()
next(d)
d.send("x")
d.send("y")
print(d.send("stop"))

def thrower_inner():
    try:
        yield "a"
    except ValueError:
        yield "inner handled ValueError"

def thrower_outer():
    yield from thrower_inner()
    yield "outer continues"

t = thrower_outer()
print(next(t))
print(t.throw(ValueError))
print(next(t))

def yf_none():
    yield from None
try:
    list(yf_none())
except TypeError as e:
    print(type(e).__name__, e)
