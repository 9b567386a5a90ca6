# struct: IEEE packing of 'e', 'f' and 'd' (rounding, subnormals, inf, nan, -0.0, overflow).
import math
import struct

values = [0.0, -0.0, 1.0, -1.5, 0.1, 1 / 3, 2.0 ** -24, 2.0 ** -25, 2.0 ** -26, 65504.0,
          65519.99, 6.1e-05, 5.9e-08, 1e-40, 1.4e-45, 3.4028234e38, 5e-324, 1.7976931348623157e308,
          math.pi, -math.e, 123456.789]
for x in values:
    row = []
    for code in "efd":
        try:
            data = struct.pack(">" + code, x)
            row.append(data.hex())
            row.append(repr(struct.unpack(">" + code, data)[0]))
        except OverflowError as e:
            row.append("OverflowError: %s" % e)
    print(repr(x), row)

for code in "efd":
    inf = struct.pack("<" + code, math.inf)
    ninf = struct.pack("<" + code, -math.inf)
    nan = struct.pack("<" + code, math.nan)
    print(code, "inf", inf.hex(), ninf.hex(), "nan", nan.hex(),
          struct.unpack("<" + code, inf), struct.unpack("<" + code, nan))
    back = struct.unpack("<" + code, struct.pack("<" + code, -0.0))[0]
    print(code, "-0.0 keeps sign", math.copysign(1.0, back))

print("half subnormals", [struct.unpack("<e", bytes([i, 0]))[0] for i in (1, 2, 3, 0x80)])
print("half max", struct.unpack("<e", b"\xff\x7b"), struct.unpack(">e", b"\x7c\x00"))
print("float32 from bits", struct.unpack(">f", b"\x00\x00\x00\x01"), struct.unpack(">f", b"\x7f\x7f\xff\xff"))
print("ties to even", struct.pack(">e", 2049.0).hex(), struct.pack(">e", 2051.0).hex(),
      struct.pack(">f", 16777217.0).hex(), struct.pack(">f", 16777219.0).hex())
for code, x in [("e", 65520.0), ("e", 1e10), ("f", 1e39), ("f", 3.4028235677973366e38), ("e", -70000.0)]:
    try:
        struct.pack("<" + code, x)
    except OverflowError as e:
        print("overflow", code, x, e)
print("native f overflow gives inf", struct.pack("@f", 1e39).hex())
print("int to float", struct.pack("<d", 3), struct.pack("<f", True))


class Half:
    def __float__(self):
        return 0.5


print("__float__", struct.pack("<d", Half()).hex())
for bad in ["1.0", None, b"x"]:
    try:
        struct.pack("<d", bad)
    except struct.error as e:
        print("not a float", repr(bad), e)
try:
    struct.pack("<f", 2 ** 2000)
except Exception as e:
    print("huge int", type(e).__name__, e)
rt = [struct.unpack("<d", struct.pack("<d", x))[0] == x for x in values]
print("double round trips", all(rt))
