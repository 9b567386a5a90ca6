# Lone surrogates in str: literals, chr/ord, equality and hashing, indexing, slicing,
# iteration, concatenation, containment, repr/ascii, and the surrogate error handlers.
hi, lo = "\ud800", "\udfff"
print(repr(hi), repr(lo), len(hi), ord(hi), ord(lo), ascii(hi + "é"))
print(hi == "\ud800", hi == "\ufffd", hi != lo, hi < lo, "\ud7ff" < hi < "\ue000")
print(hash(hi) == hash("\ud800"), hash(hi) == hash("\ufffd"))
pair = "\ud83d\ude00"
print(len(pair), pair == "😀", repr(pair), [hex(ord(c)) for c in pair])
s = "ab" + hi + "cd" + lo
print(len(s), repr(s[2]), repr(s[-1]), repr(s[1:4]), repr(s[::-1]), repr(s[::2]))
print([repr(c) for c in s], list(map(ord, s))[2:3])
print(hi in s, lo in s, "\ufffd" in s, "b" + hi in s, s.startswith("ab"))
print(repr(hi * 3), repr(3 * lo), repr("-".join([hi, lo, "x"])), repr(f"<{hi}>"))
print(repr(chr(0xDC80)), chr(0xD800) == hi, repr(str(hi)), repr("%s|%r" % ("a", hi)))
d = {hi: "high", "\ufffd": "replacement", lo: "low"}
print(len(d), d[hi], d["\ufffd"], d[chr(0xDFFF)], sorted(d.values()))
print(sorted({hi, lo, "\ufffd", "a"}) == ["a", hi, lo, "\ufffd"], len({hi, chr(0xD800)}))
t = s
t += hi
print(len(t), repr(t[-2:]))

# Decoding makes them: surrogateescape and surrogatepass.
raw = b"caf\xe9 \xff\xfe!"
text = raw.decode("utf-8", "surrogateescape")
print(repr(text), len(text), text.encode("utf-8", "surrogateescape") == raw)
print(text.encode("ascii", "surrogateescape"), text.encode("latin-1", "surrogateescape"))
print(repr(b"\xed\xa0\x80x".decode("utf-8", "surrogatepass")))
print(repr(b"\x00\xd8a\x00".decode("utf-16-le", "surrogatepass")))
print(repr(b"\x00\xdc\x00\x00".decode("utf-32-le", "surrogatepass")))
print(repr(b"a\x80\x81".decode("ascii", "surrogateescape")))

# Encoding them.
for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii"]:
    for errors in ["strict", "surrogatepass", "surrogateescape", "replace", "ignore",
                   "backslashreplace", "xmlcharrefreplace"]:
        try:
            out = ("x" + hi + "\udc80y").encode(enc, errors)
        except UnicodeEncodeError as e:
            out = f"{type(e).__name__}: {e} [{e.start}:{e.end}] {e.reason!r}"
        print(enc, errors, out)
try:
    b"\xed\xa0\x80".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    b"a\x00b".decode("ascii", "surrogateescape")
except UnicodeDecodeError as e:
    print("not escaped:", e)

# Writing them.
import os, tempfile
path = os.path.join(tempfile.mkdtemp(), "s.txt")
with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
    f.write(text)
with open(path, "rb") as f:
    print(f.read() == raw)
try:
    with open(path, "w", encoding="utf-8") as f:
        f.write("ok" + hi)
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print("before", end=" ")
try:
    print(hi)
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print(text)
