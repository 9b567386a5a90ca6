class Both:
    def __repr__(self):
        return "Both(repr)"
    def __str__(self):
        return "Both(str)"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly()"
class StrOnly:
    def __str__(self):
        return "StrOnly str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, r, s)
print(repr(b), str(b), repr(r), str(r), f"{b} {b!r} {r}")
print([b, r], (b,), {"k": b})
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
print("%s %r" % (b, b), "{} {!r}".format(b, b))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(type(e).__name__, e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(BadStr())
except TypeError as e:
    print(type(e).__name__, e)
class RecursiveRepr:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return f"RR({self.items!r})"
print("list guards recursion:", repr(RecursiveRepr()))
class Deep:
    def __repr__(self):
        return "Deep(" + repr(Deep()) + ")"
try:
    repr(Deep())
except RecursionError as e:
    print(type(e).__name__, e)
class StrSub(str):
    def __str__(self):
        return "overridden __str__"
print(str(StrSub("x")), StrSub("x"), f"{StrSub('x')}", "%s" % StrSub("x"), repr(StrSub("x")))
class Ascii:
    def __repr__(self):
        return "é-repr"
print(ascii(Ascii()), ascii([Ascii()]))
