# struct: integer codes in every byte order, native alignment, calcsize and Struct objects.
import struct

for order in "<>!=":
    fmt = order + "bBhHiIlLqQ"
    values = (-128, 255, -32768, 65535, -2**31, 2**32 - 1, -5, 7, -2**63, 2**64 - 1)
    data = struct.pack(fmt, *values)
    print(order, struct.calcsize(fmt), data.hex())
    print("  back", struct.unpack(fmt, data) == values)

print("native sizes", [struct.calcsize("@" + c) for c in "xcbB?hHiIlLqQnNPefd"])
print("standard sizes", [struct.calcsize("<" + c) for c in "xcbB?hHiIlLqQefd"])
for fmt in ["bi", "bq", "hd", "ci0l", "b0i", "bh?i", "@5s2i", "=bi", "<bi", "3b0q", "xi", "i3x"]:
    print("calcsize", repr(fmt), struct.calcsize(fmt))
print("aligned pack", struct.pack("@bi?q", 1, 2, True, 3).hex())
print("aligned unpack", struct.unpack("@bhi", bytes(range(8))))
print("counts", struct.pack("<3h2B", 1, 2, 3, 4, 5).hex())
print("spaces", struct.calcsize(" < 2h \t i "), struct.pack("> h h", 1, 2))
print("bytes format", struct.calcsize(b"<qh"), struct.pack(b">H", 258))
print("negatives", struct.unpack("<bhiq", struct.pack("<bhiq", -1, -2, -3, -4)))
print("bool packing", struct.pack("<???", 0, 5, []), struct.unpack("<??", b"\x00\x7f"))
print("int subclass and __index__", struct.pack("<i", True))


class Seven:
    def __index__(self):
        return 7


print("index", struct.pack(">h", Seven()), struct.pack("<Q", Seven()))
print("pointer", struct.pack("@P", -1).hex(), struct.unpack("@P", b"\xff" * 8))
print("ssize_t", struct.unpack("@nN", struct.pack("@nN", -9, 9)))

s = struct.Struct("<hI")
print("Struct", s.format, s.size, type(s.format).__name__)
print("Struct pack", s.pack(-2, 70000).hex(), s.unpack(b"\x01\x00\x02\x00\x00\x00"))
print("Struct bytes format", struct.Struct(b">b").format)
print("module", struct.Struct.__module__, struct.error.__module__, struct.error.__mro__[1].__name__)
big = struct.Struct(">Q")
print("big", big.unpack(b"\x80" + bytes(7)), big.pack(2**63).hex())
print("empty", struct.calcsize(""), struct.pack(""), struct.unpack("", b""))
