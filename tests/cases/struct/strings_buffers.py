# struct: 's', 'p', 'c', 'x' codes, pack_into/unpack_from with offsets, iter_unpack, buffers.
import struct

print("s pad", struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("0s", b"x"))
print("s bytearray", struct.pack("3s", bytearray(b"xyz")))
print("p", struct.pack("5p", b"abc"), struct.pack("3p", b"abcdef"), struct.pack("1p", b"zz"))
print("p long", struct.pack("300p", b"q" * 400)[:3], len(struct.pack("300p", b"q" * 400)))
print("unpack p", struct.unpack("4p", b"\x09abc"), struct.unpack("4p", b"\x02abc"))
print("c", struct.pack("3c", b"a", b"b", b"c"), struct.unpack("2c", b"xy"))
print("x", struct.pack("2xb2x", 7), struct.unpack("xbx", b"\x01\x02\x03"))
rec = struct.Struct("<4sHb?")
data = rec.pack(b"name", 513, -3, True)
print("record", data, rec.unpack(data))

buf = bytearray(12)
struct.pack_into("<hh", buf, 2, 1, -1)
struct.pack_into(">i", buf, -4, 0x01020304)
print("pack_into", buf.hex())
print("unpack_from", struct.unpack_from("<hh", buf, 2), struct.unpack_from(">i", buf, offset=8))
print("unpack_from neg", struct.unpack_from(">i", buf, -4), struct.unpack_from("<h", buffer=buf))
mv = memoryview(bytearray(4))
struct.pack_into("<H", mv, 1, 0xBEEF)
print("memoryview", bytes(mv).hex(), struct.unpack("<I", mv))

it = struct.iter_unpack("<hB", bytes(range(9)))
print("iter", type(it).__name__, it.__length_hint__())
print("first", next(it), it.__length_hint__())
print("rest", list(it), it.__length_hint__())
print("iter pad", list(struct.iter_unpack("x", b"abc")))
print("iter Struct", list(struct.Struct(">H").iter_unpack(b"\x00\x01\x00\x02")))
print("buffers", struct.unpack("<h", bytearray(b"\x01\x02")), struct.unpack("<h", memoryview(b"\x03\x04")))
table = [struct.pack("<B3s", i, bytes([65 + i]) * 3) for i in range(4)]
print("join", b"".join(table))
print("table", [struct.unpack("<B3s", row) for row in table])
