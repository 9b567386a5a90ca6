s = "one two one two one"
print(s.replace("one", "1"), s.replace("one", "1", 2), s.replace("one", "1", 0), s.replace("one", "1", -1))
print("abc".replace("", "-"), "abc".replace("", "-", 2), "".replace("", "x"), "aaa".replace("a", ""), "aaa".replace("aa", "b"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), table)
table2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "AB", "xyz")
print("a-b-x-y-z".translate(table3))
print("hello".translate({ord("l"): "L", ord("o"): None}))
try:
    str.maketrans("abc", "xy")
except ValueError as e:
    print(type(e).__name__, e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print(type(e).__name__, e)
class Lookup:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("teeth".translate(Lookup()))
print("tab\there".replace("\t", "    "), "x".replace("x", "xx" * 3))
