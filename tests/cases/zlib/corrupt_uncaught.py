# zlib: zlib's error messages for corrupt and truncated streams; ends with an uncaught zlib.error.
import zlib

good = zlib.compress(b"hello hello hello hello")
print("good", zlib.decompress(good))
streams = [
    ("empty", b"", 15),
    ("truncated", good[:-1], 15),
    ("header check", b"\x78\x9d" + good[2:], 15),
    ("method", b"\x79\x9c" + good[2:], 15),
    ("window", b"\x88\x98" + good[2:], 15),
    ("window vs wbits", good, 8),
    ("data check", good[:-1] + bytes([good[-1] ^ 1]), 15),
    ("block type", b"\x07\x00", -15),
    ("stored lengths", b"\x01\x05\x00\xfa\xfe", -15),
    ("stored short", b"\x01\x05\x00\xfa\xffab", -15),
    ("too many symbols", b"\xfd\xff\xff", -15),
    ("gzip magic", good, 31),
    ("gzip crc", bytes.fromhex("1f8b08000000000002034bafca2c50c84dcd4d4a2d522848acccc94f4ce14a27520c00f11a89a13c000000"), 31),
    ("gzip length", bytes.fromhex("1f8b08000000000002034bafca2c50c84dcd4d4a2d522848acccc94f4ce14a27520c00f11a89a03c000001"), 31),
    ("distance too far", b"\x03\x02\x00", -15),
    ("zeros", b"\x63\x00\x02\x00", -15),
    ("bad wbits", good, 7),
    ("bad wbits neg", good, -7),
]
for label, data, wbits in streams:
    try:
        print(label, "->", zlib.decompress(data, wbits))
    except zlib.error as e:
        print(label, "!!", e)
for args in [("text",), (good, 15, -1)]:
    try:
        zlib.decompress(*args)
    except (TypeError, ValueError) as e:
        print("args", type(e).__name__, e)
try:
    zlib.decompressobj(3)
except ValueError as e:
    print("decompressobj", e)
d = zlib.decompressobj()
try:
    d.decompress(b"\x78\x9c\x06\x00")
except zlib.error as e:
    print("object", e)
print("now a corrupt download")
payload = bytes.fromhex("789ccbcc2dc82f2a49cc2b514849794954c81ce5e2e6020081d17261")
print(zlib.decompress(payload))
