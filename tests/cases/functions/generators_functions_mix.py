def make_counter_gen(start):
    def gen():
        n = start
        while True:
            received = yield n
            n = received if received is not None else n + 1
    return gen()
c = make_counter_gen(10)
print(next(c), next(c), c.send(100), next(c))
def apply_all(funcs, value):
    return [f(value) for f in funcs]
print(apply_all([abs, str, lambda v: v * 2, float, bool], -3))
def pipeline(value, *stages):
    for stage in stages:
        value = stage(value)
    return value
print(pipeline("  Hello World ", str.strip, str.lower, str.split, len))
def outer(n):
    def inner_gen():
        for i in range(n):
            yield helper(i)
    def helper(i):
        return i * n
    return list(inner_gen())
print(outer(4))
def dispatcher():
    table = {}
    def register(name):
        def deco(fn):
            table[name] = fn
            return fn
        return deco
    def call(name, *args):
        if name not in table:
            raise KeyError(f"no handler {name!r}")
        return table[name](*args)
    return register, call
register, call = dispatcher()
@register("add")
def _add(a, b):
    return a + b
@register("neg")
def _neg(a):
    return -a
print(call("add", 2, 3), call("neg", 5))
try:
    call("mul", 1, 2)
except KeyError as e:
    print(type(e).__name__, e)
