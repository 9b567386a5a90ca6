# struct: CPython's error messages for bad formats, values out of range and buffer sizes.
import struct


def attempt(label, fn, *args):
    try:
        print(label, "->", fn(*args))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for fmt in ["z", "4", "2i3", "<<i", "i<", "4 s", "=n", "<P", "!N", "99999999999999999999i",
            "i\x00", 1, None]:
    attempt("calcsize %r" % (fmt,), struct.calcsize, fmt)

cases = [("<b", 128), ("<b", -129), ("<B", -1), ("<B", 256), ("<h", 40000), ("<H", -1),
         ("<i", 2**31), ("<I", -1), ("<I", 2**32), ("<l", 2**31), ("<L", 2**32), ("<q", 2**63),
         ("<Q", -1), ("@l", 2**63), ("@L", 2**64), ("@i", -2**31 - 1), ("@I", 2**40),
         ("<b", 2**64), ("<H", 2**70), ("@P", 2**64), ("<i", 1.0), ("<i", "1"), ("<Q", None)]
for fmt, value in cases:
    attempt("pack %s %r" % (fmt, value), struct.pack, fmt, value)

attempt("too few", struct.pack, "<2i", 1)
attempt("too many", struct.pack, "<i", 1, 2)
attempt("pad takes none", struct.pack, "x", 1)
attempt("char len", struct.pack, "c", b"ab")
attempt("char str", struct.pack, "c", "a")
attempt("string str", struct.pack, "3s", "abc")
attempt("no format", struct.pack)
attempt("unpack short", struct.unpack, "<i", b"abc")
attempt("unpack long", struct.unpack, "<i", b"abcde")
attempt("unpack str", struct.unpack, "<i", "abcd")
attempt("unpack one arg", struct.unpack, "<i")
attempt("unpack_from short", struct.unpack_from, "<i", b"abcdef", 3)
attempt("unpack_from neg", struct.unpack_from, "<i", b"abcdef", -2)
attempt("unpack_from far neg", struct.unpack_from, "<i", b"abcdef", -10)
attempt("unpack_from float", struct.unpack_from, "<i", b"abcd", 1.0)
buf = bytearray(6)
attempt("pack_into short", struct.pack_into, "<i", buf, 3, 1)
attempt("pack_into neg", struct.pack_into, "<i", buf, -2, 1)
attempt("pack_into far", struct.pack_into, "<i", buf, -10, 1)
attempt("pack_into bytes", struct.pack_into, "<i", b"abcdef", 0, 1)
attempt("pack_into no offset", struct.pack_into, "<i", buf)
attempt("pack_into count", struct.pack_into, "<i", buf, 0)
attempt("iter_unpack size", struct.iter_unpack, "<h", b"abc")
attempt("iter_unpack empty struct", struct.iter_unpack, "", b"abc")
attempt("Struct int", struct.Struct, 5)
print("error is Exception", issubclass(struct.error, Exception), struct.error("x").args)
