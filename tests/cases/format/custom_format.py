class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "":
            return f"${self.cents / 100:.2f}"
        if spec == "cents":
            return f"{self.cents}c"
        return format(self.cents / 100, spec)
    def __str__(self):
        return "Money(" + str(self.cents) + ")"

m = Money(12345)
print(format(m), format(m, "cents"), format(m, ">12.1f"))
print(f"{m} {m:cents} {m!s} {m!r:.10}")
print("{} {:cents} {!s:>15}".format(m, m, m))

class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

class StrOnly:
    def __str__(self):
        return "str-only"
print(format(StrOnly()), f"{StrOnly()}", "{}".format(StrOnly()), f"{StrOnly()!s:>10}|")
try:
    format(StrOnly(), ">10")
except TypeError as e:
    print(type(e).__name__, e)

class IntSub(int):
    pass
class FloatSub(float):
    def __str__(self):
        return "custom str"
print(format(IntSub(5), "03"), f"{FloatSub(2.5)}", f"{FloatSub(2.5):.2f}", str(FloatSub(1.5)), repr(FloatSub(1.5)))
print(format(3, "") == str(3), type(format(3)).__name__)
