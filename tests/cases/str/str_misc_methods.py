print(str(), str(42), str(1.5), str([1]), str(b"x"), str(b"x", "ascii"), str(object=5))
print(str.__name__, type("").__name__, isinstance("", str))
s = "Mississippi"
print(sorted(set(s)), s.count("ss"), s.replace("ss", "SS"), s.lower().index("s"), s.upper())
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "abc".__add__("d"), "ab".__mul__(2), "ab".__rmul__(2))
print("a".__eq__("a"), "a".__eq__(1), "a".__lt__("b"), "a".__lt__(1))
print("x".__hash__() == hash("x"), "text".__str__(), "text".__repr__())
print("%s" % "s", "a".join("xyz"), "abc".isascii(), "title case words".title())
words = "the Quick brown FOX jumps".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), max(words, key=len))
print([w.capitalize() for w in words], " ".join(w[::-1] for w in words))
print("cafe\u0301" == "café", len("cafe\u0301"), len("café"))
print("Hello"[1:].upper() + "!"[0], "ab" in "cabd", "abc"[::-1] == "cba")
print(str.upper("x"), str.join(",", ["a", "b"]), str.split("a b"))
for method in ["upper", "strip", "split", "title", "isdigit"]:
    print(method, getattr("  abc 12  ", method)())
print("hello world".count("o", 0, 5), "x".center(5, "é"), "é".ljust(3, "ü"))
try:
    "abc".upper(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.upper(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".replace(1, "b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".find()
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".strip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "abc".split(maxsplit="x")
except TypeError as e:
    print(type(e).__name__, e)
print("abc".split(sep="b"), "a b c".split(maxsplit=1), "a,b".split(sep=",", maxsplit=0))
