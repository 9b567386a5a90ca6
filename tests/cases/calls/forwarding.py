def target(a, b=2, *args, c, d=4, **kw):
    return f"a={a} b={b} args={args} c={c} d={d} kw={kw}"

def forward(*args, **kwargs):
    return target(*args, **kwargs)

print(forward(1, c=3))
print(forward(1, 2, 3, 4, c=5, e=6))
print(forward(a=1, c=2, d=3, z=0))

def partial(fn, *pre, **prekw):
    def call(*args, **kw):
        merged = dict(prekw)
        merged.update(kw)
        return fn(*pre, *args, **merged)
    return call

p = partial(target, 10, c=30)
print(p())
print(p(20, 21, d=40))
print(p(c=99))

def counting(*args, **kw):
    return len(args), sorted(kw)

print(counting(*range(5), **dict.fromkeys("abc", 0)))

def collect(first, *rest, sep=" "):
    return sep.join(str(x) for x in (first,) + rest)

print(collect(1, 2, 3))
print(collect(*"xyz", sep="-"))
args = (1, 2)
kwargs = {"sep": "+"}
print(collect(*args, *args, **kwargs))
try:
    forward()
except TypeError as e:
    print(type(e).__name__, e)
