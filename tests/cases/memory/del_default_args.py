# Default argument objects live as long as the function object.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- positional default")


def f(x=Noisy("default-x")):
    return x.name


print("call", f())
del f
print("after del f")

print("-- keyword-only default")


def g(*, k=Noisy("default-k")):
    return k.name


print("call", g())
g = None
print("after g = None")

print("-- several defaults")


def h(a=Noisy("ha"), b=Noisy("hb"), *, c=Noisy("hc")):
    return a.name + b.name + c.name


print("call", h())
del h
print("after del h")

print("-- replacing __defaults__")


def r(x=Noisy("orig")):
    return x.name


print("call", r())
r.__defaults__ = (Noisy("replacement"),)
print("call", r())
r.__defaults__ = None
print("defaults cleared")
del r

print("-- replacing __kwdefaults__")


def kw(*, y=Noisy("kw-orig")):
    return y.name


kw.__kwdefaults__ = {"y": Noisy("kw-new")}
print("call", kw())
del kw
print("after del kw")

print("-- lambda default")
lam = lambda v=Noisy("lam-default"): v.name
print("call", lam())
lam = None
print("after lambda")

print("-- default shared by two functions")
shared = Noisy("shared-default")


def p(x=shared):
    return x.name


def q(x=shared):
    return x.name


del shared
del p
print("p gone, q()", q())
del q
print("after q")

print("-- function defined in a loop")
for i in range(2):
    def loop_fn(v=Noisy("loop%d" % i)):
        return v.name
    print("defined", loop_fn())
del loop_fn
print("end")
