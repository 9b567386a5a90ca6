x = 5
f = lambda: x
print("lambda global", f())
x = 6
print("lambda global late", f())

def make_adders():
    return [lambda v, k=k: v + k for k in range(3)]

print("adders", [a(10) for a in make_adders()])

def make_multiplier(n):
    return lambda v: v * n

double = make_multiplier(2)
triple = make_multiplier(3)
print("mult", double(7), triple(7))
print("lambda name", double.__name__, double.__qualname__)

compose = lambda f, g: lambda v: f(g(v))
inc = lambda v: v + 1
print("compose", compose(double, inc)(5), compose(inc, double)(5))

nested = lambda a: (lambda b: (lambda c: a + b + c))
print("nested", nested(1)(2)(3))

print("defaults", (lambda a, b=2, *c, d=4, **e: (a, b, c, d, e))(1, 9, 8, 7, z=0))
print("kwonly", (lambda *, k: k * 2)(k=21))
y = 1
g = lambda y=y: y
y = 2
print("default captured", g(), (lambda: y)())

class C:
    val = 10
    get = lambda self: self.val
    cls_lambda = (lambda: "no class scope")
print("in class", C().get(), C.cls_lambda())
