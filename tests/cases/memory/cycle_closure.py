# Closures create cycles: a nested function that refers to itself through its cell, and an
# object that stores a closure capturing the object.
import gc
import weakref

gc.disable()

class Token:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def make_recursive():
    tok = Token("recursive")
    def fact(n):
        tok.name
        return 1 if n <= 1 else n * fact(n - 1)
    return fact

f = make_recursive()
print("fact(5)", f(5))
del f
print("after del f")
gc.collect()
print("after collect 1")

def make_capturing():
    t = Token("captured-self")
    t.cb = lambda: t.name
    return t

t = make_capturing()
print("cb()", t.cb())
del t
print("after del t")
gc.collect()
print("after collect 2")

# A closure without a cycle is freed as soon as it is dropped.
def make_plain():
    t = Token("plain")
    return lambda: t.name
g = make_plain()
print("g()", g())
del g
print("after del g")

# A function stored in its own defaults via a mutable container.
def outer():
    box = []
    def inner(box=box):
        return len(box)
    box.append(inner)
    box.append(Token("in-box"))
    return weakref.ref(inner)
r = outer()
print("inner alive before", r() is not None)
gc.collect()
print("inner alive after", r() is not None)
gc.enable()
