# round(), math.trunc/floor/ceil dispatch to __round__, __trunc__, __floor__, __ceil__.
import math

class Q:
    def __init__(self, v):
        self.v = v
    def __round__(self, ndigits=None):
        return ("round", self.v, ndigits)
    def __trunc__(self):
        return ("trunc", self.v)
    def __floor__(self):
        return ("floor", self.v)
    def __ceil__(self):
        return ("ceil", self.v)

q = Q(2.5)
print("round:", round(q), round(q, 1), round(q, None), round(q, -2))
print("trunc/floor/ceil:", math.trunc(q), math.floor(q), math.ceil(q))
print("keyword:", round(number=q, ndigits=3))

# Results are returned as is (no int conversion).
class Loose:
    def __round__(self, n=None):
        return "not a number"
    def __floor__(self):
        return [1]
print("loose:", round(Loose()), math.floor(Loose()))

# Missing hooks.
class Nothing:
    pass
for label, action in [
    ("round", lambda: round(Nothing())),
    ("round n", lambda: round(Nothing(), 2)),
    ("trunc", lambda: math.trunc(Nothing())),
    ("floor", lambda: math.floor(Nothing())),
    ("ceil", lambda: math.ceil(Nothing())),
    ("round str", lambda: round("1.5")),
    ("round ndigits float", lambda: round(1.5, 1.0)),
]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", e)

# floor/ceil fall back to __float__; trunc does not.
class F:
    def __float__(self):
        return 2.7
print("floor/ceil via float:", math.floor(F()), math.ceil(F()))
try:
    math.trunc(F())
except TypeError as e:
    print("trunc ->", e)
try:
    round(F())
except TypeError as e:
    print("round ->", e)

# __round__ without ndigits support.
class OneArg:
    def __round__(self):
        return 0
print("one arg:", round(OneArg()))
try:
    round(OneArg(), 2)
except TypeError as e:
    print("two args ->", e)

# Builtin behaviour for comparison.
print("ints:", round(1234, -2), round(1250, -2), round(-1350, -2), type(round(5, 2)).__name__)
print("floats:", round(2.5), round(3.5), round(-0.5), round(2.675, 2), type(round(2.5)).__name__)
print("float ndigits None:", round(7.7, None), type(round(7.7, None)).__name__)
print("math on ints/floats:", math.trunc(-3.7), math.floor(-3.2), math.ceil(-3.7), math.ceil(3.0001))
print("bool:", round(True), math.floor(True), math.ceil(False))
for bad in (float("inf"), float("nan")):
    for fn in (round, math.floor, math.ceil, math.trunc):
        try:
            fn(bad)
        except (ValueError, OverflowError) as e:
            print(fn.__name__, bad, "->", type(e).__name__, e)
print("round inf with digits:", round(float("inf"), 2), round(float("nan"), 1))

# int subclass with __round__ override.
class Cents(int):
    def __round__(self, n=None):
        return Cents(super().__round__(n if n is not None else -2))
    def __floor__(self):
        return "custom floor"
c = Cents(1234)
print("cents:", round(c), type(round(c)).__name__, math.floor(c), math.ceil(c), math.trunc(c))
