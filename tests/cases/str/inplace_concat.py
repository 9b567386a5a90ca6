# `s += t` appends in place when nothing else holds `s`; every other holder must keep
# seeing the old text, and the result must hash and compare as a fresh str would.


def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s


s = build(100_000)
print("built", len(s), s[:6], s[-6:])


def aliases():
    s = "base"
    t = s
    s += "-more"
    print("alias kept", t, s)
    d = {s: 1}
    s += "!"
    print("dict key kept", d, s)
    parts = [s]
    s += "?"
    print("list item kept", parts, s)
    print("hash agrees", hash(s) == hash("base-more!?"), s == "base-more!?")
    s += s
    print("self append", s)


aliases()


def unicode_and_surrogates():
    u = "é"
    for _ in range(3):
        u += "ü"
    print("chars", u, len(u), u[2], u.upper())
    v = "\ud800"
    v += "x"
    w = "x"
    w += "\udc00"
    print("surrogates", ascii(v), ascii(w), len(v), len(w))


unicode_and_surrogates()


def errors():
    s = "text"
    try:
        s += 5
    except TypeError as e:
        print("TypeError", e)
    print("still bound", s)


errors()


class S(str):
    def __add__(self, other):
        return "S+" + str.__add__(self, other)


def subclass():
    s = S("sub")
    s += "x"
    print("subclass", s, type(s).__name__)
    t = "plain"
    t += S("y")
    print("plain + subclass", t, type(t).__name__)


subclass()
