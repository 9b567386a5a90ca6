import a.b.c
print(sorted(n for n in globals() if not n.startswith("__")))
print(a.b.c.C)
del a
import a.b.c as c
print(sorted(n for n in globals() if not n.startswith("__")))
print(c.__name__)
from a.b import c as c2
print(c2 is c)
from a import b
print(b.__name__, b.c is c)
import a.b
print(a.b is b)
def f():
    import a.b.c
    return a
print(f().__name__, "a" in f.__code__.co_varnames)
