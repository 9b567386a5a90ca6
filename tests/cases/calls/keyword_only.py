def f(a, *, b, c=3):
    return a, b, c

print(f(1, b=2))
print(f(1, b=2, c=4))
print(f(a=1, b=2))

def check(label, *args, **kwargs):
    try:
        print(label, f(*args, **kwargs))
    except TypeError as e:
        print(label, type(e).__name__, e)

check("positional b", 1, 2)
check("missing b", 1)
check("missing a and b")
check("extra kw", 1, b=2, d=5)
check("too many pos", 1, 2, 3)

def g(*, x, y, z):
    return x + y + z

try:
    g()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(x=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

def h(a, b=1, *args, k, **kw):
    return a, b, args, k, kw

print(h(1, k=2))
print(h(1, 2, 3, 4, k=5, z=6))
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
print("co_kwonlyargcount", h.__code__.co_kwonlyargcount, g.__code__.co_kwonlyargcount)
print("co_argcount", h.__code__.co_argcount)
