# base64: Base64 (standard, URL-safe, altchars, validate), Base32, Base16 and MIME lines.
import base64
import binascii


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


raw = b"\xfb\xff\xfe binary \x00 data"
print("b64", base64.b64encode(raw), base64.standard_b64encode(b"x"), base64.b64encode(b""))
print("altchars", base64.b64encode(raw, b"-_"), base64.b64encode(b"\xfb\xff", bytearray(b"*!")))
print("urlsafe", base64.urlsafe_b64encode(raw), base64.urlsafe_b64decode(base64.urlsafe_b64encode(raw)) == raw)
print("decode", base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVs\nbG8="), base64.standard_b64decode(b"eA=="))
print("decode altchars", base64.b64decode("-_-_", b"-_"), base64.b64decode(b"ab+c", b"-_"))
attempt("validate bad", base64.b64decode, b"ab c=", validate=True)
attempt("validate ok", base64.b64decode, b"abc=", validate=True)
attempt("validate excess", base64.b64decode, b"ab===", validate=True)
attempt("padding", base64.b64decode, b"abc")
attempt("non ascii", base64.b64decode, "é")
attempt("int", base64.b64decode, 5)
attempt("str encode", base64.b64encode, "abc")
attempt("altchars length", base64.b64encode, b"a", b"-")

for data in [b"", b"a", b"ab", b"abc", b"abcd", b"abcde", b"hello world"]:
    print("b32", data, base64.b32encode(data), base64.b32hexencode(data), base64.b16encode(data))
print("b32 round", base64.b32decode(base64.b32encode(raw)) == raw, base64.b32hexdecode(base64.b32hexencode(raw)) == raw)
attempt("b32 lower", base64.b32decode, b"nbswy3dp")
attempt("b32 casefold", base64.b32decode, b"nbswy3dp", True)
attempt("b32 map01", base64.b32decode, b"M1======", map01=b"L")
attempt("b32 map0", base64.b32decode, b"M0======", map01="I")
for bad in [b"ME=====", b"M1======", b"ME=A====", b"MEA=====", b"M=======", b"MFR====="]:
    attempt("b32 %r" % bad, base64.b32decode, bad)
attempt("b32 str", base64.b32encode, "x")
attempt("b16", base64.b16decode, b"01AB")
attempt("b16 lower", base64.b16decode, b"01ab")
attempt("b16 casefold", base64.b16decode, b"01ab", casefold=True)
attempt("b16 odd", base64.b16decode, b"01A")
lines = base64.encodebytes(bytes(range(100)))
print("encodebytes", lines.count(b"\n"), lines.split(b"\n")[0][-8:], base64.decodebytes(lines) == bytes(range(100)))
print("empty", base64.encodebytes(b""), base64.decodebytes(b""))
attempt("encodebytes str", base64.encodebytes, "x")
attempt("decodebytes str", base64.decodebytes, "eA==")
print("error class", issubclass(binascii.Error, ValueError), base64.MAXLINESIZE, base64.MAXBINSIZE)
