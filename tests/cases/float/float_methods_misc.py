print(float.__name__, (1.5).__class__.__name__, isinstance(1.5, float))
print((3.7).__trunc__(), (3.7).__floor__(), (3.7).__ceil__(), (-3.7).__floor__(), (-3.7).__ceil__())
print((3.7).__round__(), (3.75).__round__(1), (3.7).__int__(), (3.7).__float__())
print(float.fromhex((0.1).hex()) == 0.1)
print((1.5).__mod__(1), (1.5).__rmod__(4), (1.5).__divmod__(1), (1.5).__rdivmod__(4))
print((2.0).__pow__(3), (2.0).__rpow__(3), (1.0).__eq__(1), (1.0).__lt__("x"))
print((5.0).__bool__(), (0.0).__bool__(), (-0.0).__bool__(), bool(float("nan")))
print(float(" 12 "), float("\t-3.5\n"), float("1e-3"), float("١٢.٥"))
class F:
    def __float__(self):
        return 2.5
class I:
    def __index__(self):
        return 3
print(float(F()), float(I()))
class Bad:
    def __float__(self):
        return "x"
try:
    float(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print(float.__mro__)
import sys
print(sys.float_info.max, sys.float_info.min, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info.max_exp, sys.float_info.min_exp, sys.float_info.radix, sys.float_repr_style)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)
