a = 1
def f(x, *args, **kw):
    y = 2
    return sorted(locals())
print(f(1), f(1, 2, z=3))
def g():
    return "a" in globals(), "g" in globals(), "y" in globals()
print(g())
class K:
    def __init__(self):
        self.p = 1
        self.q = [2]
k = K()
print(vars(k), vars(k) == k.__dict__, sorted(vars(K))[:3])
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars([])
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars() if not k.startswith("__")) == sorted(k for k in globals() if not k.startswith("__")))
def with_nested():
    outer_var = 1
    def inner():
        return sorted(locals())
    def inner_uses():
        return outer_var, sorted(locals())
    return inner(), inner_uses()
print(with_nested())
def loop_locals():
    for i in range(2):
        pass
    return sorted(locals().items())
print(loop_locals())
