samples = ["plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "new\nline", "back\\slash", "bell\a",
           "nul\x00", "\x7f", "\x80", "\xa0", "é", "日本", "\u200b", "\U0001F600", "\ud800", "\r", "\x1b[0m",
           "\u2028", "\ufeff", "\xad", "'", '"', "''\"", "\U000e0001", "\u0378"]
for s in samples:
    print(repr(s), ascii(s), len(s))
print(repr(["a'b", 'c"d']), str(["x"]), repr({"k": "v'"}))
class S(str):
    pass
print(repr(S("sub")), str(S("sub")), type(str(S("sub"))).__name__)
print(repr(str()), repr(str(123)), str(None), str([1, "a"]), str((1,)))
