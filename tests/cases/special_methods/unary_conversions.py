# Unary operator dunders and the numeric conversion protocol (__int__, __float__, __complex__, __index__).
import math

class Num:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return Num(-self.v)
    def __pos__(self):
        return ("pos", self.v)
    def __invert__(self):
        return ("invert", self.v)
    def __abs__(self):
        return abs(self.v) * 10
    def __int__(self):
        return int(self.v) + 1000
    def __float__(self):
        return float(self.v) + 0.5
    def __complex__(self):
        return complex(self.v, 1)
    def __repr__(self):
        return f"Num({self.v})"

n = Num(-3)
print("neg:", -n, "pos:", +n, "invert:", ~n, "abs:", abs(n))
print("int:", int(n), "float:", float(n), "complex:", complex(n))
print("double neg:", -(-n))

class Bare:
    pass
for label, action in [("neg", lambda: -Bare()), ("pos", lambda: +Bare()), ("invert", lambda: ~Bare()),
                      ("abs", lambda: abs(Bare())), ("int", lambda: int(Bare())),
                      ("float", lambda: float(Bare())), ("complex", lambda: complex(Bare())),
                      ("~float", lambda: ~1.5), ("-str", lambda: -"s")]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", e)

# __index__ is used by int(), float() and complex() when the other hooks are missing.
class Idx:
    def __index__(self):
        return 7
print("index fallbacks:", int(Idx()), float(Idx()), complex(Idx()), math.sqrt(Idx()) > 2.6)

# __float__ is used by math functions.
print("math via __float__:", math.floor(Num(2)), math.sqrt(Num(3.5)), math.isclose(Num(0), 0.5))

# Bad return types.
class BadInt:
    def __int__(self):
        return "7"
class BadFloat:
    def __float__(self):
        return 7
class BadComplex:
    def __complex__(self):
        return 7
class BadIndex:
    def __index__(self):
        return 7.0
for label, action in [("int", lambda: int(BadInt())), ("float", lambda: float(BadFloat())),
                      ("complex", lambda: complex(BadComplex())), ("index", lambda: [1][BadIndex()]),
                      ("operator", lambda: __import__("operator").index(BadIndex()))]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", e)

# __int__ wins over __index__ for int(); __index__ wins for operator.index.
class Both:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
import operator
print("int vs index:", int(Both()), operator.index(Both()), [10, 20, 30][Both()], hex(Both()))

# The unary dunders are looked up on the type.
inst = Num(1)
inst.__neg__ = lambda: "instance neg"
print("type lookup:", -inst)

# int/float/complex of strings still work; of objects with only __str__ they do not.
class Text:
    def __str__(self):
        return "42"
try:
    int(Text())
except TypeError as e:
    print("int(Text):", e)
print("int(str(Text)):", int(str(Text())))

# bool subclasses and unary ops on builtins.
print("builtins:", -True, ~True, +False, abs(-2.5), -(1 + 2j), ~0)
