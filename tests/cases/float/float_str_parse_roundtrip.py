values = [0.1, 1 / 3, 2 ** 0.5, 1e23, 5e-324, 1.7976931348623157e308, 123.456, -0.0, 100.0, 1e16, 1e-7, 9.999999999999999e22]
for v in values:
    r = repr(v)
    print(r, float(r) == v, float(str(v)) == v, float.fromhex(v.hex()) == v)
for s in ["0.1", "  1.5  ", "1e5", "1E-5", "+.5", "-5.", "1_0.0_1", "inf", "-Infinity", "nAn", "1e400", "-1e400", "1e-400", "0x1p1" if False else "1.0"]:
    print(repr(s), float(s))
print(float("0.30000000000000004") == 0.1 + 0.2, float("0.3") == 0.1 + 0.2)
print(repr(float("1" * 30)), repr(float("0." + "0" * 30 + "1")), repr(float("123456789012345678901234567890.5")))
print(str(1.0e15), str(1.0e16), str(123456789.123456789), str(0.000123), str(0.0000123))
