# functools.partial: application, attributes, repr, flattening, read-only fields.
from functools import partial


def show(*args, **kwargs):
    return "args=%r kwargs=%r" % (args, kwargs)


p = partial(show, 1, 2, a="x")
print("call", p(3, b="y"))
print("override kw", p(a="z"))
print("attrs", p.func is show, p.args, p.keywords)
print("empty", partial(show)(), partial(show).args, partial(show).keywords)
print("repr builtin", repr(partial(max, 1, key=abs)))
print("repr kw only", repr(partial(print, sep="-", end="!\n")))
print("repr values", repr(partial(min, "a", 1.5, None, [1])))
basetwo = partial(int, base=2)
print("int base 2", basetwo("1011"), basetwo("11", base=10))
print("sorted key", sorted(["b", "A", "c"], key=partial(str.lower)))
print("map", list(map(partial(pow, 2), range(5))))

# Nested partials are flattened into one.
inner = partial(max, 1, key=abs)
outer = partial(inner, -5, key=len)
print("flat func", outer.func is max, outer.args, outer.keywords)
print("flat repr", repr(outer))
print("flat call", partial(inner, -5)(-3))
deeper = partial(partial(partial(show, 1), 2), 3)
print("deep", deeper.args, deeper.func is show, deeper())
kw_over = partial(partial(show, a=1), a=2)
print("kw override", kw_over.keywords, kw_over())

# A partial with attributes of its own is not flattened.
withattr = partial(show, 1)
withattr.note = "hello"
wrapped = partial(withattr, 2)
print("not flat", wrapped.func is withattr, wrapped.args, wrapped())
print("attr", withattr.note)


class MyPartial(partial):
    pass


mp = MyPartial(max, 3)
print("subclass repr", repr(mp), type(mp).__name__)
print("subclass call", mp(4, 1))
print("subclass flattened", repr(partial(mp, 9)), repr(MyPartial(inner, 2)))
print("isinstance", isinstance(mp, partial), callable(mp))


class Custom(partial):
    def __call__(self, *args, **kwargs):
        return "custom " + repr(super().__call__(*args, **kwargs))


c = Custom(min, 5)
print("custom call", c(2))
nested = partial(c, 1)
print("custom not flattened", nested.func is c, nested())

for field in ("func", "args", "keywords"):
    try:
        setattr(p, field, None)
    except AttributeError as e:
        print("set", field, type(e).__name__, e)
    try:
        delattr(p, field)
    except (AttributeError, TypeError) as e:
        print("del", field, type(e).__name__)

print("keywords copy", p.keywords)
p.keywords["a"] = "mutated"
print("mutated dict seen", p())
print("hashable", hash(p) == hash(p), p == p, p == partial(show, 1, 2, a="mutated"))

for args in [(), (1,), (None, 2)]:
    try:
        partial(*args)
    except TypeError as e:
        print("error", args, e)
try:
    partial(func=max)
except TypeError as e:
    print("error kw func", e)
try:
    partial(max)(1)
except TypeError as e:
    print("error call", e)
