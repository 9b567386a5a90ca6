ba = bytearray(b"hello")
print(ba, type(ba).__name__, len(ba))
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.insert(0, 62)
print(ba)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba)
ba[1:3] = b"EEE"
print(ba)
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.copy(), ba.copy() is ba)
ba += b"++"
ba *= 2
print(ba)
ba.clear()
print(ba, bytearray(3), bytearray([1, 2]), bytearray("é", "utf-8"), bytearray(b"x") == b"x")
for op, fn in [("set 256", lambda: ba.__setitem__(0, 256)), ("append -1", lambda: bytearray().append(-1)),
               ("remove missing", lambda: bytearray(b"a").remove(98)), ("pop empty", lambda: bytearray().pop()),
               ("index", lambda: bytearray(b"abc")[5]), ("extend str", lambda: bytearray().extend("s")),
               ("append str", lambda: bytearray().append("a"))]:
    try:
        fn()
        print(op, "ok")
    except (ValueError, IndexError, TypeError) as e:
        print(op, type(e).__name__, e)
b2 = bytearray(b"abc")
print(b2.upper(), b2.hex(), bytearray.fromhex("4142"), b2 + b"d", b"d" + b2, type(b"d" + b2).__name__)
try:
    hash(b2)
except TypeError as e:
    print(type(e).__name__, e)
print(bytes(b2), b2.decode(), b2.find(b"c"), b2.startswith(b"ab"), b2 * 2, list(b2))
mv = memoryview(b"abcdef")
print(mv[1], bytes(mv[1:3]), mv.tobytes(), len(mv), mv.readonly, mv.tolist()[:3])
m2 = memoryview(bytearray(b"xyz"))
m2[0] = ord("X")
print(m2.tobytes(), m2.readonly)
