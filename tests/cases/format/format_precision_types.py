vals = [0.0, 1.0, 0.1, 1.5, 2.5, 123.456, 1e-7, 1e21, -0.000123, 99999.5, 1234567.0]
for v in vals:
    print(repr(v), format(v, ".0f"), format(v, ".3f"), format(v, ".1e"), format(v, ".3g"), format(v, ".0g"), format(v, "#.3g"), format(v, ".12g"), format(v, ".0%"))
for p in range(0, 18, 3):
    print(p, format(2 / 3, f".{p}f"), format(2 / 3, f".{p}g"), format(2 / 3, f".{p}e"))
print(format(1e16, ".17g"), format(0.1, ".25f"), format(5e-324, ".3g"), format(1.7976931348623157e308, ".3e"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
try:
    format(12, ".3")
except ValueError as e:
    print(type(e).__name__, e)
print(format(12.0, ".3"), format(12.5, ".2"), format(1e100, ".3"), format(100.0, ".3"))
print(format(12, "e"), format(12, ".2%"), format(10 ** 30, ".5e"), format(12, "G"), format(12, ".3f"))
