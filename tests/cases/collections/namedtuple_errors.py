from collections import namedtuple

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", result)

err("bad typename", lambda: namedtuple("1abc", "a"))
err("keyword typename", lambda: namedtuple("class", "a"))
err("bad field", lambda: namedtuple("T", "a 2b"))
err("keyword field", lambda: namedtuple("T", "a for"))
err("underscore", lambda: namedtuple("T", "a _b"))
err("duplicate", lambda: namedtuple("T", "a b a"))
err("dash", lambda: namedtuple("T", "a-b"))
err("int field", lambda: namedtuple("T", ["a", 3]))
err("int field renamed", lambda: namedtuple("T", ["a", 3], rename=True)._fields)
err("too many defaults", lambda: namedtuple("T", "a", defaults=(1, 2)))
err("defaults not iterable", lambda: namedtuple("T", "a", defaults=5))
err("rename keywords", lambda: namedtuple("T", "if else x", rename=True)._fields)
err("rename dup", lambda: namedtuple("T", "x x x", rename=True)._fields)
err("positional rename", lambda: namedtuple("T", "a", True))

P = namedtuple("P", "x y")
err("missing one", lambda: P(1))
err("missing two", lambda: P())
err("too many", lambda: P(1, 2, 3))
err("multiple", lambda: P(1, x=2))
err("unexpected", lambda: P(1, 2, z=3))
err("unexpected first", lambda: P(1, 2, 3, z=3))
err("multiple before too many", lambda: P(1, 2, 3, x=1))
err("kw only", lambda: P(y=1))

T3 = namedtuple("T3", "a b c")
err("missing three", lambda: T3())
err("missing last two", lambda: T3(1))
err("missing first and last", lambda: T3(b=1))

Z = namedtuple("Z", "")
err("zero fields", lambda: Z(1))
O = namedtuple("O", "only")
err("one field", lambda: O(1, 2))
err("one field missing", lambda: O())

D = namedtuple("D", "a b c", defaults=(0,))
err("defaults missing", lambda: D())
err("defaults too many", lambda: D(1, 2, 3, 4))
D2 = namedtuple("D2", "a b", defaults=(1, 2))
err("all defaults too many", lambda: D2(1, 2, 3))
err("all defaults none given", lambda: D2())

# the old idiom: defaults set through __new__.__defaults__
Q = namedtuple("Q", "a b c")
Q.__new__.__defaults__ = (None, None)
err("patched defaults", lambda: Q(1))
err("patched missing", lambda: Q())

err("make short", lambda: P._make([1]))
err("make long", lambda: P._make(range(5)))
err("make not iterable", lambda: P._make(5))
err("replace bad", lambda: P(1, 2)._replace(z=1))
err("replace bad two", lambda: P(1, 2)._replace(x=0, q=1, r=2))
err("replace ok", lambda: P(1, 2)._replace(x=0))
err("index", lambda: P(1, 2)[2])
err("no attr", lambda: P(1, 2).z)
