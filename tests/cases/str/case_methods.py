samples = ["hello world", "Hello World", "HELLO", "hELLO wORLD", "ß straße", "ǅungla", "123abc", "", "  mixed Case 42 ", "o'neil's-bar", "ﬁne", "İstanbul", "ΣΑΣ"]
for s in samples:
    print(repr(s), repr(s.upper()), repr(s.lower()), repr(s.capitalize()), repr(s.title()), repr(s.swapcase()), repr(s.casefold()))
for s in samples:
    print(repr(s), s.isupper(), s.islower(), s.istitle())
