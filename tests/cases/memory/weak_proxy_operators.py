# weakref.proxy: operators and protocols act on the referent; proxies given as operands
# are unwrapped too.
import weakref

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __repr__(self):
        return f"Vec{tuple(self.xs)}"
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        return Vec(*[a + other for a in self.xs])
    def __radd__(self, other):
        return ("radd", other)
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __abs__(self):
        return sum(abs(a) for a in self.xs)
    def __eq__(self, other):
        return isinstance(other, Vec) and self.xs == other.xs
    def __lt__(self, other):
        return self.xs < other.xs
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __bool__(self):
        return any(self.xs)
    def __index__(self):
        return len(self.xs)
    def __iadd__(self, other):
        self.xs.append(other)
        return self
    __hash__ = None

v = Vec(1, 2, 3)
w = Vec(10, 20, 30)
pv, pw = weakref.proxy(v), weakref.proxy(w)
print("add", pv + 1, pv + pw, pv + w, 5 + pv)
print("mul neg abs", pv * 2, -pv, abs(pv))
print("compare", pv == Vec(1, 2, 3), pv != v, pv == pv, pv < pw, pw < pv, pv == 3)
print("container", len(pv), pv[0], pv[-1], list(pv), 2 in pv, 9 in pv, sorted(pv, reverse=True))
pv[0] = 100
del pv[1]
print("setitem delitem", v)
zero = Vec(0)
print("bool index", bool(pv), bool(weakref.proxy(zero)), [0, 1, 2, 3][pv], "abcd"[pv])
alias = pv
alias += 7
print("inplace gives the referent back", alias is v, v)

class Box:
    def __init__(self, n):
        self.n = n
    def __int__(self):
        return self.n
    def __float__(self):
        return self.n / 2
    def __pow__(self, e, mod=None):
        return ("pow", e, mod)
    def __rpow__(self, b):
        return ("rpow", b)
    def __floordiv__(self, o):
        return ("floordiv", o)
    def __rtruediv__(self, o):
        return ("rtruediv", o)
    def __mod__(self, o):
        return ("mod", o)
    def __and__(self, o):
        return ("and", o)
    def __ror__(self, o):
        return ("ror", o)
    def __lshift__(self, o):
        return ("lshift", o)
    def __rxor__(self, o):
        return ("rxor", o)
    def __matmul__(self, o):
        return ("matmul", o)
    def __divmod__(self, o):
        return ("divmod", o)
    def __invert__(self):
        return "invert"

b = Box(7)
pb = weakref.proxy(b)
print("numbers", int(pb), float(pb), pb ** 2, pow(pb, 2, 5), 2 ** pb, pb // 3, 3 / pb)
print("more", pb % 2, pb & 1, 1 | pb, pb << 2, 4 ^ pb, pb @ 1, divmod(pb, 2), ~pb)
try:
    pb - 1
except TypeError as e:
    print("unsupported", type(e).__name__, e)

class MyList(list):
    pass
ml = MyList([3, 1, 2])
pl = weakref.proxy(ml)
print("list", pl + [4], [0] + pl, pl * 2, list(reversed(pl)), sorted(pl), pl.index(1))
pl.append(9)
alias = pl
alias += [10]
print("list inplace", alias is ml, ml)

class Func:
    def __call__(self, *args, **kw):
        return ("called", args, sorted(kw.items()))
fn = Func()
pf = weakref.proxy(fn)
print("callable", type(pf).__name__, callable(pf), callable(pv), pf(1, k=2))
try:
    pv()
except TypeError as e:
    print("not callable", type(e).__name__)

class Count:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
cnt = Count()
pc = weakref.proxy(cnt)
print("next", next(pc), list(pc))
try:
    next(pv)
except TypeError as e:
    print("next on non-iterator", type(e).__name__, e)

del v
for label, action in [("add", lambda: pv + 1), ("radd", lambda: 1 + pv), ("eq", lambda: pv == 1),
                      ("len", lambda: len(pv)), ("getitem", lambda: pv[0]), ("bool", lambda: bool(pv)),
                      ("iter", lambda: iter(pv)), ("contains", lambda: 1 in pv),
                      ("other operand dead", lambda: pw + pv)]:
    try:
        print(label, action())
    except ReferenceError as e:
        print(label, type(e).__name__, e)
