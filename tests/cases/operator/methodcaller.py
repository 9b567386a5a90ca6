# operator.methodcaller: positional and keyword arguments, reprs, reduce, errors.
import operator as op

up = op.methodcaller("upper")
print("no args", up("abc"), op.methodcaller("bit_length")(255))
print("args", op.methodcaller("split", ",")("a,b,c"), op.methodcaller("replace", "a", "o", 1)("aaa"))
print("kwargs", op.methodcaller("split", maxsplit=1)("a b c"), op.methodcaller("to_bytes", 2, byteorder="big")(258))
print("sort", sorted(["b", "A", "c"], key=op.methodcaller("lower")))
print("repr", repr(up), repr(op.methodcaller("f", 1, "x", k=None, j=[1])))
print("reduce plain", op.methodcaller("count", 1).__reduce__())
print("reduce kwargs", repr(op.methodcaller("f", 2, k=3).__reduce__()))
factory, args = op.methodcaller("split", ".", maxsplit=1).__reduce__()
print("rebuilt", factory(*args)("a.b.c"))
print("type", type(up).__name__, type(up).__module__)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, by=1, *, note=""):
        self.n += by
        return (self.n, note)


c = Counter()
bump = op.methodcaller("bump", 5, note="five")
print("custom", bump(c), bump(c), c.n)
print("kw only", op.methodcaller("bump", note="n")(c))
lst = [3, 1, 2]
op.methodcaller("sort", reverse=True)(lst)
print("mutating", lst)
print("name kw", op.methodcaller("format", name="x")("<{name}>"))

try:
    up.attr = 1
except AttributeError:
    print("no attributes")


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("no name", op.methodcaller)
attempt("name kw only", lambda: op.methodcaller(name="upper"))
attempt("not str", op.methodcaller, 5)
attempt("missing method", up, 5)
attempt("bad args", op.methodcaller("upper", 1), "a")
attempt("bad kwargs", op.methodcaller("bump", bad=1), c)
attempt("not callable", op.methodcaller("n"), c)
