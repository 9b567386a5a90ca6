from collections import UserString

def err(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", type(result).__name__, repr(result))

s = UserString("Hello World")
print("repr str", repr(s), str(s), len(s), s.data)
print("index", repr(s[0]), repr(s[-1]), repr(s[0:5]), type(s[0]).__name__)
print("iter", [type(c).__name__ for c in UserString("ab")], list(UserString("ab")))
print("contains", "World" in s, "x" in s, UserString("lo") in s)
print("compare", s == "Hello World", s == UserString("Hello World"), s < "Z", s > UserString("A"), s != "x")
print("hash", hash(s) == hash("Hello World"))
print("numbers", int(UserString("42")), float(UserString("2.5")), complex(UserString("1+2j")))
print("from", repr(UserString(5)), repr(UserString(s)), repr(UserString([1])))

err("add str", lambda: s + "!")
err("radd str", lambda: ">" + s)
err("add user", lambda: s + UserString("?"))
err("add int", lambda: s + 1)
err("radd int", lambda: 1 + s)
err("mul", lambda: s * 2)
err("rmul", lambda: 2 * UserString("ab"))
err("mod", lambda: UserString("%s=%d") % ("x", 1))
err("rmod", lambda: "<%s>" % UserString("x"))

for name, args in [
    ("upper", ()), ("lower", ()), ("capitalize", ()), ("casefold", ()), ("swapcase", ()),
    ("title", ()), ("center", (15, "*")), ("ljust", (13,)), ("rjust", (13, "-")),
    ("zfill", (14,)), ("strip", ("Hd",)), ("lstrip", ()), ("rstrip", ("dl",)),
    ("replace", ("o", "0")), ("replace", (UserString("l"), UserString("L"), 2)),
    ("removeprefix", ("Hello ",)), ("removesuffix", (UserString("World"),)),
    ("expandtabs", ()), ("translate", ({72: "J"},)),
    ("count", ("o",)), ("count", (UserString("l"), 0, 5)), ("find", ("o",)), ("find", ("o", 5)),
    ("rfind", (UserString("o"),)), ("index", ("W",)), ("rindex", ("o",)),
    ("startswith", ("Hell",)), ("endswith", (("x", "ld"),)),
    ("split", ()), ("split", ("o", 1)), ("rsplit", (None, 1)), ("splitlines", ()),
    ("partition", (" ",)), ("rpartition", ("o",)), ("join", (["a", "b"],)),
    ("format", ()), ("encode", ()), ("encode", ("ascii", "strict")),
    ("isalpha", ()), ("isalnum", ()), ("isdigit", ()), ("isspace", ()), ("istitle", ()),
    ("isupper", ()), ("islower", ()), ("isidentifier", ()), ("isprintable", ()),
    ("isascii", ()), ("isdecimal", ()), ("isnumeric", ()),
]:
    err(name, lambda: getattr(s, name)(*args))

err("index missing", lambda: s.index("zz"))
err("index user", lambda: s.index(UserString("o")))
err("strip user", lambda: s.strip(UserString("H")))
err("split user", lambda: s.split(UserString("o")))
err("in int", lambda: 5 in s)
err("lt int", lambda: s < 5)
err("maketrans", lambda: UserString.maketrans("ab", "xy"))
err("format args", lambda: UserString("{}-{x}").format(1, x=2))
err("format_map", lambda: UserString("{a}").format_map({"a": 7}))

class Shout(UserString):
    def shout(self):
        return self.upper() + "!"

sh = Shout("hey")
print("subclass", repr(sh.shout()), type(sh.shout()).__name__, type(sh[0]).__name__, type(sh + "x").__name__)
print("getnewargs", s.__getnewargs__())
print("sorted", sorted([UserString("b"), UserString("a")]))
print("dict key", {UserString("k"): 1}[UserString("k")])
