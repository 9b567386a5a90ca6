print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "a,b,,c".split(",", 0))
print("  a  b   c  ".split(), "  a  b   c  ".split(None, 1), "  a  b   c  ".rsplit(None, 1))
print("".split(), "".split(","), "   ".split(), "abc".split("abc"), "a\tb\nc\x0bd\x1ce".split())
print("one::two::three".split("::"), "a.b.c".rsplit(".", -1), "a b".split(" ", -1))
try:
    "abc".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("line1\nline2\r\nline3\rline4".splitlines())
print("line1\nline2\r\n".splitlines(keepends=True), "".splitlines(), "\n".splitlines(), "x\x0cy\u2028z\x85w".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "/".join(("p", "q")), " ".join(map(str, range(3))))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "-".join(5)
except TypeError as e:
    print(type(e).__name__, e)
print("key=value=more".partition("="), "no sep".partition("="), "a=b=c".rpartition("="), "none".rpartition("="))
try:
    "abc".partition("")
except ValueError as e:
    print(type(e).__name__, e)
print("k1=v1;k2=v2".split(";"), dict(p.split("=") for p in "k1=v1;k2=v2".split(";")))
print("a  b".split(" "), "  lead".split(" "), "trail  ".rsplit(" ", 1))
