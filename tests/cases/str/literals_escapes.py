print("a\tb|", "a\\tb", r"a\tb", "\x41\x42", "\101\102", "\u00e9", "\U0001F600", "\N{BULLET}", "\N{GREEK SMALL LETTER ALPHA}")
print(len("\n"), len(r"\n"), len("\\"), len("\0"), len("\777") if False else "skip", repr("\0"), repr("\1"))
print('single', "double", '''triple
single''', """triple
double""")
print("line \
continued")
print(repr("""a
b"""), repr('''\
no leading newline'''))
print(r"raw \d+ \\ ok", R"upper raw", repr(r"\'"), len(r"\'"))
print("adjacent" "strings" 'mixed' """too""")
print(repr("\a\b\f\v"), repr("\r\n"))
print(b"bytes\x00\xff", rb"raw\xbytes", br"\n")
print("unicode name", "\N{LATIN SMALL LETTER E WITH ACUTE}" == "é", "\N{EM DASH}")
print("\u0041", "\u00410", "\x410")
print(u"u prefix", type(u"").__name__)
print("emoji 👍🏽 length", len("👍🏽"), list("👍🏽"))
