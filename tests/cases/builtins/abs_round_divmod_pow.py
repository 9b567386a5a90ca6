print(abs(-5), abs(5), abs(-2.5), abs(0.0), abs(-0.0), abs(3 + 4j), abs(True), abs(-(2 ** 100)))
print(round(3.14159), round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5), round(1.5, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(25, -1)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(-17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -1), pow(2.0, 3), pow(-8, 1 / 3) if False else "skip", pow(3, 200, 13), pow(5, -1, 13), pow(2, 3, -5))
print(pow(0, 0), pow(0.0, 0), pow(base=2, exp=5), pow(2, 5, mod=3))
class R:
    def __round__(self, n=None):
        return f"rounded {n}"
    def __abs__(self):
        return "absolute"
    def __divmod__(self, o):
        return ("dm", o)
    def __rdivmod__(self, o):
        return ("rdm", o)
    def __pow__(self, e, m=None):
        return ("pow", e, m)
print(round(R()), round(R(), 3), abs(R()), divmod(R(), 2), divmod(2, R()), pow(R(), 2), pow(R(), 2, 7))
for bad in [lambda: divmod("a", 1), lambda: pow("a", 2), lambda: abs(None), lambda: round(None), lambda: divmod(1 + 1j, 1), lambda: pow(2, 0.5, 3)]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
