cases = [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.25, 1), (1.35, 1),
         (-1.25, 1), (123.456, -1), (125.0, -1), (135.0, -1), (0.5, 0), (1.5, 0), (2.5, 0),
         (1e20, -19), (1.23456789, 5), (-0.0, 1), (0.049, 1), (3.14159, 10), (1e-20, 25)]
for v, nd in cases:
    print(v, nd, round(v, nd))
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4.5, 1e16 + 1]:
    r = round(v)
    print(repr(v), r, type(r).__name__)
print(round(2.5, None), type(round(2.5, None)).__name__, type(round(2.5, 0)).__name__)
print(round(1234.5678, -2), round(-1234.5678, -2), round(5e-324, 400))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), int(-2.5))
print(math.floor(2.5), math.ceil(2.5), math.trunc(2.9))
print(type(math.floor(2.5)).__name__)
print(f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}", "%.1f" % 0.25, "%.0f" % 0.5, "%.0f" % 1.5)
