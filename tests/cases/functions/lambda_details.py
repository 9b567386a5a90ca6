square = lambda x: x * x
print(square(7), square.__name__, (lambda: None)(), (lambda *a, **k: (a, k))(1, b=2))
print((lambda x, y=2, *, z=3: x + y + z)(1), (lambda x, /, y: x - y)(5, y=1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(list(map(lambda x, y: x * y, [1, 2], [3, 4])), list(filter(lambda x: x % 2 == 0, range(7))))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print({k: f(10) for k, f in adders.items()})
cond = lambda x: "big" if x > 10 else "small"
print(cond(5), cond(50))
nested = lambda x: lambda y: x ** y
print(nested(2)(10))
print((lambda: (yield))().__class__.__name__)
rec = lambda n: 1 if n <= 1 else n * rec(n - 1)
print(rec(10))
print((lambda x: (x, x))(1), (lambda: [1, 2])(), (lambda s: s[::-1])("abc"))
try:
    (lambda x: x)()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(lambda: 0), (lambda: 0).__code__.co_argcount)
f = lambda: 1
f.__name__ = "named"
print(f.__name__, f.__qualname__)
