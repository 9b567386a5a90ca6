def f(*args):
    return args

print("empty", f())
print("three", f(1, 2, 3))
print("splat list", f(*[1, 2], 3, *(4, 5)))
print("splat str", f(*"abc"))
print("splat range", f(*range(3), *range(2)))
print("splat dict", f(*{"x": 1, "y": 2}))
print("type", type(f(1)).__name__)

def g(a, b, *rest):
    return a, b, rest

print("g", g(1, 2), g(1, 2, 3, 4))
try:
    g(1)
except TypeError as e:
    print(type(e).__name__, e)

def gen():
    yield 1
    yield 2

print("splat gen", f(*gen()))
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)

def h(a, *args, b):
    return a, args, b

print("h", h(1, 2, 3, b=4))
try:
    h(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)

print(len(f(*range(1000))))
