# Subclasses of int and float: construction, overridden dunders, result types of inherited ops.

class Meters(int):
    def __new__(cls, value, unit="m"):
        factor = {"m": 1, "km": 1000}[unit]
        return super().__new__(cls, value * factor)
    def __repr__(self):
        return f"Meters({int(self)})"
    def __add__(self, other):
        return Meters(int(self) + int(other))
    __radd__ = __add__

a = Meters(5)
b = Meters(2, "km")
print("values:", a, b, int(b), str(b), f"{b}", f"{b:>6}", format(b, "x"))
print("add:", a + b, 1 + a, a + 1, type(a + b).__name__)
print("inherited ops return int:", a * 2, type(a * 2).__name__, type(-a).__name__, type(a - 1).__name__)
print("compare/hash:", a == 5, a < b, hash(a) == hash(5), {a: "x"}[5])
print("isinstance:", isinstance(a, int), type(a) is int, Meters.__mro__[1].__name__)
print("sum:", sum([Meters(1), Meters(2)]), "sorted:", sorted([Meters(3), 1, Meters(2)]))
print("bool:", bool(Meters(0)), "index:", [10, 20, 30][Meters(1)], "range:", list(range(Meters(3))))

class Flags(int):
    def __bool__(self):
        return False
    def __index__(self):
        return 99
    def __int__(self):
        return 77
f = Flags(1)
print("overridden bool:", bool(f), "truthy in if:", "yes" if f else "no")
print("int subclass keeps own value for index:", [0, 1, 2][f], int(f), f.__index__(), __import__("operator").index(f))

class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, v)
    def __str__(self):
        return f"{float(self):.1f}°C"
c = Celsius(21.456)
print("float sub:", c, repr(c), f"{c:.2f}", type(c + 1).__name__, round(c, 1), type(round(c)).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
print("float methods:", c.is_integer(), Celsius(2.0).is_integer(), Celsius(0.5).as_integer_ratio())

# __init__ cannot change the value of an immutable base.
class Stubborn(int):
    def __init__(self, value):
        super().__init__()
        self.original = value
s = Stubborn("12")
print("init:", s, s.original, s + 1)

# Extra attributes live in the instance dict.
s.note = "hi"
print("dict:", s.__dict__)

# bool cannot be subclassed.
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

# int() of a subclass returns an exact int; int.__new__ with a subclass uses it.
print("int() exact:", type(int(a)).__name__, type(int.__new__(Meters, 3)).__name__, int.__new__(Meters, "11", 2))
print("float() exact:", type(float(c)).__name__, float.__new__(Celsius, "1.5"))
print("from_bytes on subclass:", Meters.from_bytes(b"\x01\x00", "big"), type(Meters.from_bytes(b"\x01", "big")).__name__)
print("fromhex on subclass:", type(Celsius.fromhex("0x1p1")).__name__)
