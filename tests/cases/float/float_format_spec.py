x = 1234.5678
specs = ["", "f", ".2f", ".0f", "10.2f", "<10.1f", "^12.3f", "+.1f", " .1f", "e", ".3e", "E",
         "g", ".3g", ".10g", "G", "%", ".1%", ",", ",.2f", "_.1f", "012.2f", "=+12.2f", "*^15.2f", "#.0f", "n", ".2"]
for s in specs:
    print(repr(s), repr(format(x, s)))
for v in [0.0001, 0.00001, 123456789.0, 1e16, 1.5e-10, 100.0, 0.1]:
    print(repr(v), format(v, "g"), format(v, ".2g"), format(v, "#g"), format(v, ""), format(v, ".3"))
print(format(-0.0, ".1f"), format(-0.0001, ".2f"), format(0.5, ".0%"), format(2.5, ".0e"))
print(format(1e100, ".2f")[:20], len(format(1e100, "f")))
print("%f %e %g %.3f %10.2f|%-10.2f| %+.1e %G %E" % (x, x, x, x, x, x, x, 1e-10, x))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, 3.5))
print("%s %r" % (0.1, 0.1), str(1e-5), "%.15g" % 0.1, "%.17g" % 0.1)
try:
    format(1.5, "d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    format(1.5, ",_")
except ValueError as e:
    print(type(e).__name__, e)
