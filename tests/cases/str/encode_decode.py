s = "héllo wörld €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", "replace"), s.encode("ascii", "ignore"))
print(s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"), s.encode("ascii", "backslashreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
    print(e.encoding, e.start, e.end, repr(e.object[e.start:e.end]), e.reason)
try:
    s.encode("latin-1")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
b = s.encode()
print(b.decode(), b.decode("utf-8"), len(b), len(s))
try:
    b.decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xff\xfeab".decode("utf-8", "replace"), b"\xffab".decode("utf-8", "ignore"), b"\xffab".decode("utf-8", "backslashreplace"))
try:
    b"\xc3".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"caf\xe9".decode("latin-1"), "café".encode("utf-16-le"), "A".encode("utf-32-be"))
print("😀".encode(), len("😀"), len("😀".encode()), "😀".encode("utf-16-le"))
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(b"abc"), str(bytearray(b"xy"), "utf-8"))
try:
    "\ud800".encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("\ud800".encode("utf-8", "surrogatepass"), "\ud800".encode("utf-8", "replace"))
print("ascii".encode("ascii"), "ÄÖ".encode("cp1252") if False else "skip", "utf8 alias", "x".encode("UTF8"), "y".encode("utf_8"))
