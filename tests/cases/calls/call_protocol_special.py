class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
add5 = Adder(5)
print(add5(1), list(map(add5, [1, 2])), sorted([3, 1, 2], key=Adder(-10)))
def f(a, b):
    return a * 10 + b
args = (1, 2)
kwargs = {"b": 3, "a": 4}
print(f(*args), f(**kwargs), f(*[5], **{"b": 6}), f(*"", 7, 8))
def g(*args, **kwargs):
    return args, kwargs
print(g(*range(3), *(4,), x=1, **{"y": 2}, z=3))
print(g(**dict.fromkeys(["p", "q"], 0)))
class Meth:
    def m(self, *a, **k):
        return type(self).__name__, a, k
print(Meth().m(1, k=2), Meth.m(Meth(), 3))
bound = Meth().m
print(bound(*[1, 2]), bound(**{"x": 1}))
print((lambda *a: a)(*[1], *[2], 3), (lambda **k: sorted(k))(**{"b": 1}, a=2))
print(max(*[3, 9, 1]), min(*"hello"), print(*[], end=""))
def kwonly_default(*, a=1, b):
    return a, b
print(kwonly_default(b=2), kwonly_default(b=3, a=4))
print(dict(**{"a": 1}, b=2), list(*[[1, 2]]), int(*["7"]), str(*[5]), sorted(*[[3, 2]], reverse=True))
