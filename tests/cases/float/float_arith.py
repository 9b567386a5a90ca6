print(0.1 + 0.2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-15)
print(1.5 + 2, 1.5 - 2, 1.5 * 2, 1.5 / 2, 3.0 // 2, 3.0 % 2, -3.0 // 2, -3.0 % 2)
print(7.5 // 2, 7.5 % 2, -7.5 // 2, -7.5 % 2, 7.5 // -2, 7.5 % -2)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1e20, 3))
print(1e308 + 1e308, -1e308 * 10, 1e-320 / 10, 5e-324 / 2)
print(2.0 ** 0.5, 10.0 ** -2, (-8.0) ** 2, 0.0 ** 0.0)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(type(e).__name__, e)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0)
import math
print(math.fsum([0.1] * 10))
print(float(1 << 53) + 1, float((1 << 53) + 1))
print(3 * 0.1, 0.1 * 3, 0.3 / 0.1, 0.3 // 0.1, 0.3 % 0.1)
print(-0.0 + 0.0, -0.0 - 0.0, -0.0 * 1, 0.0 * -1, -0.0 == 0.0)
print(1.0 == 1, 0.5 < 1 < 1.5)
print(int(1e16), int(-1e-16), int(123.999999))
print(float.__add__(1.0, 2), float.__radd__(1.0, 2), (1.0).__add__("x"))
print(sum([1.5, 2, 3]), sum([], 0.0), type(sum([1, 2.0])).__name__)
