ba = bytearray(b"Hello World")
print(ba.lower(), ba.upper(), ba.swapcase(), ba.replace(b"o", b"0"), ba.split(), ba.find(b"World"))
print(ba.startswith(b"Hell"), ba.endswith(b"d"), ba.count(b"l"), ba.strip(b"Hd"), ba.center(15, b"."))
ba.extend(range(33, 36))
print(ba, ba[-3:], ba[0], type(ba[1:3]).__name__)
ba[0:5] = b"J"
print(ba)
ba[::2] = b"x" * len(ba[::2])
print(ba)
ba2 = bytearray(b"abc")
ba2 *= 2
print(ba2, ba2.index(b"c"), ba2.rindex(b"c"), ba2.partition(b"ca"))
ba3 = bytearray(10)
ba3[2:4] = b"\x01\x02\x03\x04"
print(ba3, len(ba3))
del ba3[:5]
print(ba3)
ba4 = bytearray(b"text")
mv = memoryview(ba4)
mv[0] = ord("T")
print(ba4)
try:
    ba4.append(1)
except BufferError as e:
    print(type(e).__name__, e)
mv.release()
ba4.append(33)
print(ba4, ba4.decode(), ba4.hex(" "), bytearray.fromhex("68 69"))
print(bytearray(b"a,b").split(b","), bytearray(b"  x ").strip(), bytearray(b"ab").join([b"1", b"2", b"3"]))
