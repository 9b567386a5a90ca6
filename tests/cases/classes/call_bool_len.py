class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest, scale=1):
        return (x * self.k + sum(rest)) * scale
m = Multiplier(3)
print(m(2), m(2, 1, 1), m(2, scale=10), callable(m), list(map(m, [1, 2])))
try:
    m()
except TypeError as e:
    print(type(e).__name__, e)

class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class BoolBeatsLen:
    def __bool__(self):
        return True
    def __len__(self):
        return 0
print(bool(Truthy(1)), bool(Truthy(-1)), bool(Sized(0)), bool(Sized(2)), bool(BoolBeatsLen()))
print([x.v for x in filter(None, [Truthy(1), Truthy(0), Truthy(5)])])
print("if", "yes" if Sized(0) else "no", not Sized(3), Truthy(1) and "and-value", Truthy(0) or "or-value")
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c(); c()
print(c.calls, c())
class CallAttr:
    pass
ca = CallAttr()
ca.__call__ = lambda: "instance __call__ ignored"
try:
    ca()
except TypeError as e:
    print(type(e).__name__, e)
class Index:
    def __index__(self):
        return 2
print([10, 20, 30][Index()], "abc"[Index()], bin(Index()), hex(Index()), range(Index()), [0] * Index())
