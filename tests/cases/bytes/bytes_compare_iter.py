items = [b"b", b"a", b"ab", b"", b"\xff", b"B"]
print(sorted(items), min(items), max(items))
print(b"abc" < b"abd", b"ab" < b"abc", b"" < b"\x00", bytearray(b"a") == b"a", b"a" == bytearray(b"a"))
print(b"a" + bytearray(b"b"), bytearray(b"a") + b"b", b"x" * 0, bytes(3) == b"\x00" * 3)
for i, byte in enumerate(b"hi!"):
    print(i, byte, chr(byte), hex(byte))
print(list(reversed(b"abc")), bytes(reversed(b"abc")), b"abc"[::-1], b"hello".index(b"l"))
print(sum(b"\x01\x02\x03"), max(b"az"), bytes(sorted(b"dcba")), b"-".join(bytes([c]) for c in b"xyz"))
print(b"a b".split(b" "), [bytes([b]) for b in b"ab"], b"abc".count(b""), len(b"\xe2\x82\xac"))
print(bytes(memoryview(b"mv")), bytearray(memoryview(b"mv2")), bytes(bytearray(b"ba")))
print(b"%d items at %.2f" % (3, 1.5), b"%5s|%-5s|" % (b"r", b"l"), b"%b" % b"raw", b"%a" % "é")
print(repr(bytes(range(0x7b, 0x83))), repr(bytes([9, 10, 13, 39, 92])))
d = {b"key": 1}
print(d[b"key"], b"key" in d, bytes(bytearray(b"key")) in {b"key"})
