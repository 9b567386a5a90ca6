# When a function returns, its local variables are destroyed (after the return value is
# computed); arguments first, then locals in order of first appearance.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def f(arg):
    first = D("first")
    second = D("second")
    print("  returning")
    return "ret"

print("call f")
r = f(D("arg"))
print("f returned", r)

def g():
    b = D("b")
    a = D("a")
    return a
print("call g")
kept = g()
print("g returned", kept.name)
del kept

def h():
    x = D("x")
    x = D("x2")
    print("  rebound")
    y = D("y")
    del x
    print("  deleted x")
    return None
print("call h")
h()
print("h returned")

def raises():
    local = D("in-raising-frame")
    raise ValueError("v")
print("call raises")
try:
    raises()
except ValueError:
    print("caught")
print("after except block")

def comprehension():
    return [D("c%d" % i).name for i in range(3)]
print("comprehension", comprehension())

def nested():
    outer_local = D("outer")
    def inner():
        inner_local = D("inner")
        return 1
    inner()
    print("  inner returned")
    return 2
print("call nested")
nested()
print("done")
