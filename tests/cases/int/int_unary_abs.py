values = [0, 5, -5, 2 ** 70, -(2 ** 70), True, False]
for v in values:
    print(repr(v), -v, +v, abs(v), ~v, type(-v).__name__)
print(abs(-0), abs(-(2 ** 63)), -(-(2 ** 63)))
print(--5, -+-5, not -1, ~~7)
class Num:
    def __neg__(self):
        return "neg"
    def __pos__(self):
        return "pos"
    def __invert__(self):
        return "inv"
    def __abs__(self):
        return "abs"
n = Num()
print(-n, +n, ~n, abs(n))
for op, fn in [("-", lambda x: -x), ("+", lambda x: +x), ("~", lambda x: ~x), ("abs", abs)]:
    for v in ["s", [1], None, 1.5]:
        try:
            print(op, repr(v), fn(v))
        except TypeError as e:
            print(op, repr(v), type(e).__name__, e)
