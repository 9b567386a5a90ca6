# functools.partial: __reduce__, __setstate__, recursive repr, use as callbacks.
from functools import partial

p = partial(max, 1, key=abs)
print("reduce", p.__reduce__())
print("reduce empty", partial(min).__reduce__())
p.tag = "t"
print("reduce dict", p.__reduce__()[2][3])

q = partial(min)
q.__setstate__((max, (1, 2), {"key": abs}, None))
print("setstate", repr(q), q(-3))
q.__setstate__((sum, ([1],), None, {"x": 1}))
print("setstate no kw", repr(q), q.args, q.keywords, q.x)
q.__setstate__((sum, (), None, None))
print("setstate clears dict", hasattr(q, "x"), q.keywords)

bad_states = [
    1,
    (),
    (max, (), {}),
    (max, (), {}, None, None),
    (1, (), {}, None),
    (max, 1, {}, None),
    (max, [1], {}, None),
    (max, (), [], None),
]
for state in bad_states:
    try:
        partial(min).__setstate__(state)
    except TypeError as e:
        print("bad state", repr(state), e)

cls, args, state = partial(max, "xyz", key=len).__reduce__()
rebuilt = cls(*args)
rebuilt.__setstate__(state)
print("rebuilt", repr(rebuilt), rebuilt("ab", "c"))

# A partial that contains itself.
r = partial(print)
r.__setstate__((print, (r,), {}, None))
print("recursive", repr(r))
r2 = partial(max)
r2.__setstate__((max, (), {"me": r2}, None))
print("recursive kw", repr(r2))
r.__setstate__((print, (), {}, None))
r2.__setstate__((max, (), {}, None))

log = []
callbacks = [partial(log.append, i * i) for i in range(4)]
for cb in callbacks:
    cb()
print("callbacks", log)

handlers = {name: partial("{}: {}".format, name) for name in ("info", "warn")}
print("format", handlers["info"]("ok"), handlers["warn"]("careful"))

add = partial(lambda a, b, c=0: a + b + c, 10)
print("lambda", add(1), add(1, c=100), add(b=2))
try:
    add(1, 2, 3, 4)
except TypeError as e:
    print("too many", type(e).__name__)
print("keywords are copied", partial(dict, a=1)(b=2), partial(dict, a=1)(a=3))
kw = {"x": 1}
pk = partial(dict, **kw)
kw["x"] = 2
print("independent", pk())
