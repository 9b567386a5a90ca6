s = "the cat sat on the mat with the hat"
print(s.find("the"), s.find("the", 1), s.find("the", 1, 10), s.find("dog"), s.find(""), s.find("", 100))
print(s.rfind("the"), s.rfind("the", 0, 30), s.rfind("at"), s.rfind("zzz"), s.rfind(""))
print(s.index("cat"), s.rindex("at"), s.count("at"), s.count("the", 5), s.count(""), "".count(""))
print(s.count("t", -10), s.find("t", -5), s.find("hat", -3), s.find("at", 10, -20))
try:
    s.index("dog")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("dog")
except ValueError as e:
    print(type(e).__name__, e)
print("aaaa".count("aa"), "aaaa".find("aa", 1), "abcabc".rfind("abc", 0, 5))
print(s.startswith("the"), s.startswith("cat", 4), s.startswith(("dog", "the")), s.endswith("hat"), s.endswith(("x", "at"), 0, 7))
print("".startswith(""), "abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("c", -1))
try:
    s.startswith(["the"])
except TypeError as e:
    print(type(e).__name__, e)
print("x" in s, "the c" in s, "" in s, "THE" in s)
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
print("ünïcödé".find("ï"), "日本語テキスト".index("テ"), "日本語".count("本"))
