b = b"hello world"
print(b, type(b).__name__, len(b), b[0], b[-1], b[1:4], b[::-1], b[::2])
print(bytes(5), bytes([65, 66, 67]), bytes(range(3)), bytes("é", "utf-8"), bytes(b"copy"), bytes())
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\xde\xad".hex(), b"abc".hex("-"), b"abcdef".hex(":", 2))
for bad in ["zz", "a", "0 1"]:
    try:
        bytes.fromhex(bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes([-1])
except ValueError as e:
    print(type(e).__name__, e)
try:
    bytes("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[100]
except IndexError as e:
    print(type(e).__name__, e)
print(b + b"!", b * 2, 3 * b"ab", b"ab" == b"ab", b"a" < b"b", b"ab" in b"cabd", 104 in b, 300 in b if False else "skip")
try:
    b + "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "str" in b
except TypeError as e:
    print(type(e).__name__, e)
print(list(b"abc"), [c for c in b"\x00\xff"], b"abc" == "abc", bytes(b"x") is not None)
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\t\n\r\x7f\x80"), repr(b"\\"))
print(hash(b"abc") == hash(b"abc"), b"" == bytes(), bool(b""), bool(b"\x00"))
