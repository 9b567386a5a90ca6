values = [0.0, -0.0, 1.0, 0.1, 0.2 + 0.1, 1 / 3, 2 / 3, 1e16, 1e15, 123456789012345680.0,
          1e-4, 1e-5, 0.00012345, 1.5e300, 1e308 * 10, -1e308 * 10, 5e-324, 2.2250738585072014e-308,
          1.7976931348623157e308, 100.0, 1e22, 1e23, 9007199254740993.0, 0.30000000000000004,
          3.141592653589793, 2.718281828459045, 1234.5678, 1e-7, 12345678.9, 0.5, 4.35, 1e100]
for v in values:
    print(repr(v), str(v))
print(float("nan"), -float("nan"), float("-inf"), float("infinity"), float("  -InF "))
print(float("1_000.5"), float("1e3"), float(".5"), float("5."), float("-0"), float("+1.5E-2"))
print(float(10), float(True), float(2 ** 80), float("0x1p3") if False else "hex via fromhex", float.fromhex("0x1p3"))
for bad in ["", "1,5", "1e", "abc", "1__0", "0x10", "nan1", "--1"]:
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(type(e).__name__, e)
print(1e309, -1e309, 1e-400)
print(0.1 + 0.7, 0.1 * 3, 1.1 * 1.1, 1 - 0.9)
print(f"{0.1:.20f}", f"{1/3:.17g}", f"{2.5:.0f}", f"{3.5:.0f}")
print(str(1.0), str(1e16), str(-1e-5), repr(1e16), repr(123e-20))
