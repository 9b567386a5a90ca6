def f(a, b, c):
    return (a, b, c)

print("pos", f(1, 2, 3))
print("kw", f(c=3, b=2, a=1))
print("mixed", f(1, c=3, b=2))

def check(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, type(e).__name__, e)

check("too few", f, 1, 2)
check("too few 2", f, 1)
check("none", f)
check("too many", f, 1, 2, 3, 4)
check("dup", f, 1, 2, 3, a=4)
check("unexpected", f, 1, 2, 3, d=4)
check("kw missing", f, a=1, c=3)

def g(a, b=2):
    return a, b

check("default", g, 1)
check("g too many", g, 1, 2, 3)
check("g none", g)

def h():
    return "h"

check("h one", h, 1)
check("h kw", h, x=1)

class K:
    def m(self, x):
        return x

check("method ok", K().m, 5)
check("method too many", K().m, 1, 2)
check("method missing", K().m)
check("unbound missing", K.m)
