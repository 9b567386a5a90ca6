samples = ["abc", "ABC", "abc123", "123", "½", "²", "٣", "1.5", "", " ", "\t\n", "a b", "_id", "id2", "2id",
           "class", "ünïcode", "Ⅻ", "\x00", "é", "ab\u0301", "\u00a0", "Title Case", "x\ny"]
header = "repr isalpha isalnum isdigit isdecimal isnumeric isspace isidentifier isprintable isascii"
print(header)
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isspace(), s.isidentifier(), s.isprintable(), s.isascii())
