print("ab" + "cd", "ab" * 3, 3 * "ab", "x" * 0, "x" * -1, "" * 100)
try:
    "a" + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a" * "b"
except TypeError as e:
    print(type(e).__name__, e)
print("a" < "b", "a" < "B", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "ä" < "日")
print("abc" == "abc", "abc" != "ABC", "a" == 97 if False else "skip", sorted(["b", "A", "a", "B", "ä", "1"]))
print(max("hello"), min("hello"), max(["apple", "Banana", "cherry"]), min(["apple", "Banana"], key=str.lower))
print(ord("a"), ord("€"), ord("😀"), chr(97), chr(8364), chr(128512), chr(0x10FFFF) == "\U0010ffff")
print(len(""), len("abc"), len("😀"), len("e\u0301"), len("\r\n"))
s = "x"
for _ in range(3):
    s += s
print(s, len(s))
parts = []
for i in range(5):
    parts.append(str(i))
print("".join(parts), str(1) + str(2.5) + str(None) + str(True))
