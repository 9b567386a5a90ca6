b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.split(), b.split(b","), b.rsplit(b" ", 2), b"a,b,,c".split(b",", 1), b"x\ny\r\nz".splitlines(), b"x\ny".splitlines(True))
print(b.find(b"World"), b.find(b"z"), b.index(b"o"), b.rindex(b"o"), b.count(b"l"), b.count(108), b.find(111))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.startswith(b"  H"), b.endswith((b"x", b"  ")))
print(b"-".join([b"a", b"b"]), b"".join([bytearray(b"x"), b"y"]), b.partition(b","), b.rpartition(b"o"))
print(b"abc".center(9, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"hello".translate(bytes.maketrans(b"el", b"ip")), b"hello".translate(None, b"l"))
print(b"prefix_x".removeprefix(b"prefix_"), b"x.py".removesuffix(b".py"))
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), bytes.decode(b"x"))
print(b"%s is %d" % (b"age", 5), b"%x %c %c %r" % (255, 65, b"B", b"q"), b"%(k)s" % {b"k": b"v"})
try:
    b"%s" % "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".join(["a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"abc".find("a")
except TypeError as e:
    print(type(e).__name__, e)
print(b"a b".split(None), b"".split(), b"abc".split(b"abc"), list(b"ab".__iter__()))
