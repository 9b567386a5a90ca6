# binascii: b2a_base64/a2b_base64, including strict mode and its error messages.
import binascii

for data in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", b"\xff\xfe\xfd\xfc", bytes(range(60))]:
    enc = binascii.b2a_base64(data)
    print(len(data), enc, binascii.b2a_base64(data, newline=False)[-4:], binascii.a2b_base64(enc) == data)

inputs = [b"aGVsbG8=\n", "aGVsbG8=", b"aGVs bG8=", b"aGVs\nbG8=\n", b"aGVsbG8", b"aGVsbG", b"aGVsb",
          b"a", b"", b"aGVsbG8=trail", b"aGVs=bG8=", b"====", b"ab==cd", b"a===", b"ab=", b"abc=",
          b"YQ==YQ==", b"*aGVsbG8=", b"aGVsbG9=", b"ab=c=", b"abc=d", b"=", b"ab===", b"abcd==",
          b"ab=*=", b"abcda=", b"aG\x00VsbG8="]
for text in inputs:
    row = []
    for strict in (False, True):
        try:
            row.append(binascii.a2b_base64(text, strict_mode=strict))
        except binascii.Error as e:
            row.append("Error: %s" % e)
    print(repr(text), row)
for bad in ["é", 3, None]:
    try:
        binascii.a2b_base64(bad)
    except (ValueError, TypeError) as e:
        print("bad input", type(e).__name__, e)
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print("b2a_base64 str", e)
big = bytes(i * 7 % 256 for i in range(5000))
print("big", binascii.a2b_base64(binascii.b2a_base64(big)) == big, len(binascii.b2a_base64(big)))
