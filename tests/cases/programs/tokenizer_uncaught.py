def tokens(src):
    pos = 0
    while pos < len(src):
        ch = src[pos]
        if ch.isspace():
            pos += 1
        elif ch.isdigit():
            start = pos
            while pos < len(src) and src[pos].isdigit():
                pos += 1
            yield ("NUM", src[start:pos])
        elif ch in "+-*/":
            yield ("OP", ch)
            pos += 1
        else:
            raise SyntaxError(f"bad character {ch!r} at column {pos}")

print(list(tokens("1 + 22 * 333")))
print(list(tokens("4 - 5 # comment")))
