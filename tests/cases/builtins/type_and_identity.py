print(type(1), type(1.0), type("s"), type(b""), type([]), type(()), type({}), type(set()), type(None), type(type), type(len), type(lambda: 0))
print(type(1).__name__, type(1).__qualname__, type(1).__module__, type(None).__name__)
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, id(a) == id(b), id(a) != id(c), a is not c)
empty1, empty2 = (), ()
print(None is None, True is True, empty1 is empty2, type(None)() is None)
x = 256
y = 256
print(x is y, x == y)
s1 = "interned"
s2 = "interned"
print(s1 is s2, s1 == s2)
print(type(True) is bool, type(1) is not bool, type(type(1)) is type)
def f():
    pass
print(type(f).__name__, type(f.__code__).__name__, type(print).__name__, type(int.__add__).__name__, type((1).__add__).__name__)
print(type(iter([])).__name__, type(x for x in []).__name__, type(range(1)).__name__, type(zip()).__name__, type(map(len, [])).__name__)
print(type(...).__name__, type(NotImplemented).__name__, type(slice(1)).__name__, type(memoryview(b"")).__name__, type(property()).__name__)
print(type({}.keys()).__name__, type(enumerate([])).__name__, type(reversed([])).__name__, type(filter(None, [])).__name__)
print(object.__name__, type(object()).__name__, object.__bases__, type.__bases__, type.__mro__)
print(callable(type), callable(5), callable(None), callable(lambda: 0), callable("s".upper), callable(int))
