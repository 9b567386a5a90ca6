# Function locals are released when the function returns.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def simple():
    a = Noisy("local-a")
    print("in simple")
    return 1


print("-- locals die at return")
r = simple()
print("returned", r)

print("-- several locals die at return")


def several():
    x = Noisy("x")
    y = Noisy("y")
    z = Noisy("z")
    print("in several")


several()
print("after several")

print("-- the returned object survives")


def make():
    keep = Noisy("kept")
    drop = Noisy("dropped")
    return keep


k = make()
print("got", k.name)
k = None
print("released kept")

print("-- argument held by caller")


def use(obj):
    print("using", obj.name)
    return obj.name


print("result", use(Noisy("arg")))

print("-- argument rebound inside callee")


def rebind(obj):
    obj = None
    print("rebound parameter")


held = Noisy("held")
rebind(held)
print("still held:", held.name)
rebind(Noisy("temp-arg"))
print("after temp-arg call")
del held

print("-- nested calls")


def inner():
    i = Noisy("inner")
    print("inner body")


def outer():
    o = Noisy("outer")
    inner()
    print("outer body after inner")


outer()
print("after outer")

print("-- locals released when the function raises")


def raiser():
    v = Noisy("raiser-local")
    raise ValueError("boom")


try:
    raiser()
except ValueError as exc:
    print("caught", exc)
print("after except")

print("-- recursive locals")


def rec(n):
    obj = Noisy("rec%d" % n)
    if n:
        rec(n - 1)
    print("leaving", n)


rec(2)
print("after rec")

print("-- *args and **kwargs")


def star(*args, **kwargs):
    print("star", len(args), sorted(kwargs))


star(Noisy("pos"), key=Noisy("kw"))
print("end")
