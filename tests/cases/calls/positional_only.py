def f(a, b, /, c, *, d):
    return a, b, c, d

print(f(1, 2, 3, d=4))
print(f(1, 2, c=3, d=4))

def check(label, fn, *args, **kwargs):
    try:
        print(label, fn(*args, **kwargs))
    except TypeError as e:
        print(label, type(e).__name__, e)

check("pos-only as kw", f, 1, b=2, c=3, d=4)
check("two pos-only as kw", f, a=1, b=2, c=3, d=4)
check("missing", f, 1, 2, d=4)

def g(a, /, **kw):
    return a, kw

print("kw named like posonly", g(1, a=2))

def h(x, y=10, /, z=20):
    return x, y, z

print(h(1), h(1, 2), h(1, 2, 3), h(1, z=5))
check("h too many", h, 1, 2, 3, 4)
check("h kw y", h, 1, y=2)
print("co_posonlyargcount", f.__code__.co_posonlyargcount, h.__code__.co_posonlyargcount)

check("len kw", len, obj=[1])
check("divmod kw", divmod, 7, b=2)
print("builtin positional", divmod(7, 2))
check("int base kw", int, "ff", base=16)
check("sorted pos key", sorted, [3, 1], None)
