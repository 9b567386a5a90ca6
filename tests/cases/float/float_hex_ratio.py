for v in [0.0, -0.0, 1.0, 0.5, 0.1, -2.5, 1e300, 5e-324, 3.141592653589793, float("inf"), float("-inf"), float("nan")]:
    print(repr(v), v.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1"), float.fromhex("0X1.FFFFFFFFFFFFFP+1023"))
print(float.fromhex("1"), float.fromhex("  0x.8  "), float.fromhex("inf"), float.fromhex("-nan"))
print(float.fromhex("0x1p-1074"), float.fromhex("0x1p-1075"), float.fromhex("0x1.8p-1074"))
for bad in ["0x1p", "", "0xg", "0x1p+10000"]:
    try:
        float.fromhex(bad)
    except (ValueError, OverflowError) as e:
        print(repr(bad), type(e).__name__, e)
for v in [0.5, 0.1, -0.75, 10.0, 1e20, 0.0, -0.0, 2.5e-10]:
    print(repr(v), v.as_integer_ratio())
for bad in [float("inf"), float("nan")]:
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for v in [1.0, 1.5, -2.0, 1e300, 0.0, float("inf"), float("nan")]:
    print(repr(v), v.is_integer())
print((2.5).real, (2.5).imag, (2.5).conjugate())
print(float.__getformat__("double"))
