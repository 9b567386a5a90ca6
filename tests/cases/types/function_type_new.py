import types
def add(a, b=2):
    return a + b
def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
for args in [(1, {}), (add.__code__, 1), (add.__code__, None), (add.__code__, {}, 5), (add.__code__, {}, "n", [1]),
             (inner.__code__, {}), (inner.__code__, {}, None, None, ()), (inner.__code__, {}, None, None, (1,)),
             (inner.__code__, {}, None, None, inner.__closure__), (add.__code__, {}, None, None, 5), ()]:
    try:
        f = types.FunctionType(*args)
        print("ok", f.__name__, f.__defaults__, f.__qualname__)
    except Exception as e:
        print(type(e).__name__, e)
f = types.FunctionType(add.__code__, {"__name__": "m"}, argdefs=(7, 8))
print(f(), f.__module__, f.__globals__)
print(types.FunctionType(inner.__code__, {}, "z", None, inner.__closure__)())
c = types.CellType()
try:
    c.cell_contents
except ValueError as e:
    print("empty:", e)
c.cell_contents = 5
print(c.cell_contents, types.CellType(6).cell_contents)
for bad in [(1, 2), ()]:
    try:
        types.CellType(*bad)
        print("ok")
    except TypeError as e:
        print(type(e).__name__, e)
try:
    types.CellType(x=1)
except TypeError as e:
    print(type(e).__name__, e)
