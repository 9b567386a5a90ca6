# binascii: hexlify/unhexlify (with separators), crc32, crc_hqx and their errors.
import binascii

data = bytes([0, 1, 0x7F, 0x80, 0xAB, 0xFF, 0x10])
print("hexlify", binascii.hexlify(data), binascii.b2a_hex(data))
print("sep", binascii.hexlify(data, "-"), binascii.hexlify(data, b":", 2), binascii.hexlify(data, " ", -3))
print("sep kw", binascii.b2a_hex(data, sep="|", bytes_per_sep=4), binascii.hexlify(b"ab", ":", 0))
print("sep latin", binascii.hexlify(b"\x01\x02", "\xe9"))
print("unhexlify", binascii.unhexlify(b"00017f80abff10"), binascii.a2b_hex("DEADbeef"))
print("unhexlify bytearray", binascii.unhexlify(bytearray(b"4142")))
print("round trip", binascii.unhexlify(binascii.hexlify(bytes(range(256)))) == bytes(range(256)))
for bad in ["abc", "zz", "0 1", "é0", 5, "12 3"]:
    try:
        print("?", binascii.unhexlify(bad))
    except (binascii.Error, ValueError, TypeError) as e:
        print("unhexlify", repr(bad), type(e).__name__, e)
for args in [(b"ab", "::"), (b"ab", 1), ("text",)]:
    try:
        binascii.hexlify(*args)
    except (ValueError, TypeError) as e:
        print("hexlify", args, type(e).__name__, e)

for text in [b"", b"a", b"hello", b"The quick brown fox jumps over the lazy dog", bytes(range(256)) * 3]:
    print("crc32", len(text), binascii.crc32(text), hex(binascii.crc32(text, 12345)))
part = binascii.crc32(b"hello ")
print("incremental", binascii.crc32(b"world", part) == binascii.crc32(b"hello world"))
print("crc start values", binascii.crc32(b"x", -1), binascii.crc32(b"x", 2 ** 40 + 5))
print("crc buffers", binascii.crc32(bytearray(b"abc")), binascii.crc32(memoryview(b"abc")))
print("crc_hqx", binascii.crc_hqx(b"hello", 0), binascii.crc_hqx(b"123456789", 0xFFFF))
for args in [(), ("abc",), (b"", 1.5)]:
    try:
        binascii.crc32(*args)
    except TypeError as e:
        print("crc32 error", type(e).__name__, e)
print("Error", binascii.Error.__mro__[1].__name__, binascii.Incomplete.__mro__[1].__name__)
print("uu", binascii.b2a_uu(b"hello"), binascii.a2b_uu(binascii.b2a_uu(b"hello world")))
print("uu backtick", binascii.b2a_uu(b"\x00\x00\x00", backtick=True), binascii.b2a_uu(b""))
