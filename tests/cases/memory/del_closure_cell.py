# An object held only by a closure cell dies with the closure.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def make_getter(name):
    obj = Noisy(name)

    def getter():
        return obj.name

    return getter


print("-- closure keeps the object alive")
g = make_getter("cell1")
print("closure made; call:", g())
del g
print("after del closure")

print("-- two closures share one cell")


def make_pair(name):
    obj = Noisy(name)

    def get():
        return obj.name

    def put(v):
        nonlocal obj
        obj = v

    return get, put


get, put = make_pair("shared")
del put
print("put gone, get:", get())
get = None
print("after both gone")

print("-- nonlocal rebinding frees the old object")
get, put = make_pair("old")
put(Noisy("new"))
print("after put:", get())
put(None)
print("after put(None)")
del get, put

print("-- lambda closure")


def make_lambda():
    o = Noisy("lam")
    return lambda: o.name


f = make_lambda()
print("lambda says", f())
f = None
print("after lambda")

print("-- closure stored in a list")
fs = [make_getter("L%d" % i) for i in range(3)]
print("calls", [fn() for fn in fs])
fs.pop(1)
print("after pop(1)")
fs = None
print("after list gone")

print("-- cell variable released when the outer function returns without a closure escaping")


def no_escape():
    obj = Noisy("not-escaping")

    def inner():
        return obj

    print("inner returns", inner().name)


no_escape()
print("after no_escape")

print("-- nested closures")


def level1():
    a = Noisy("lvl-a")

    def level2():
        b = Noisy("lvl-b")

        def level3():
            return a.name + b.name

        return level3

    return level2()


h = level1()
print("h()", h())
del h
print("end")
