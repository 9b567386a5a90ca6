def f(**kw):
    return kw

print("empty", f())
print("kw", f(a=1, b=2))
print("splat", f(**{"x": 1}, y=2, **{"z": 3}))
print("type", type(f()).__name__)

def g(a, **kw):
    return a, kw

print("g", g(1, b=2), g(a=1, b=2))
print("g named a through dict", g(**{"a": 5, "c": 6}))

try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**None)
except TypeError as e:
    print(type(e).__name__, e)

def h(a, b):
    return a - b

print("h dict", h(**{"b": 1, "a": 10}))
try:
    h(1, **{"a": 2, "b": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    h(**{"a": 1, "b": 2, "c": 3})
except TypeError as e:
    print(type(e).__name__, e)

class Mapping:
    def keys(self):
        return ["p", "q"]
    def __getitem__(self, k):
        return k.upper()

print("mapping protocol", f(**Mapping()))

order = f(z=1, a=2, m=3)
print("order kept", list(order))
