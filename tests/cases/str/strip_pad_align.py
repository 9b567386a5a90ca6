s = "  \t hello \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr("xxhixx".strip("x")), repr("abcHIcba".strip("abc")), repr("..a..".lstrip(".")), repr("..a..".rstrip(".")))
print(repr("hello".strip("")), repr("\u3000wide\u3000".strip()), repr("\x1fa\x1f".strip()))
print(repr("abc".center(9)), repr("abc".center(9, "*")), repr("abc".center(8, "-")), repr("abcd".center(7, "-")), repr("abc".center(2)))
print(repr("abc".ljust(6)), repr("abc".rjust(6, "0")), repr("abc".ljust(2)), repr("".rjust(3, "x")))
try:
    "abc".center(9, "**")
except TypeError as e:
    print(type(e).__name__, e)
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(5), "".zfill(3), "-".zfill(3), "12345".zfill(3))
print("a\tb\tc".expandtabs(), "a\tb\tc".expandtabs(4), "ab\tc\n\td".expandtabs(2), repr("\t".expandtabs(0)))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "abc".removeprefix("x"), "abc".removesuffix(""))
