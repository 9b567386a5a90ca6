# __format__, __bytes__, __str__, __repr__: dispatch, defaults, and bad return types.

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        if spec.endswith("C") or not spec:
            return format(self.c, spec[:-1] + "f" if spec else "") + "C"
        raise ValueError(f"bad temperature spec {spec!r}")
    def __str__(self):
        return f"{self.c} degrees"
    def __repr__(self):
        return f"Temp({self.c!r})"

t = Temp(21.5)
print("format:", format(t), format(t, ".1F"), format(t, ".2C"))
print("f-string:", f"{t}", f"{t:.0F}", f"{t!s}", f"{t!r}", f"{t!a}", f"{t!s:>15}")
print("str.format:", "{0} {0:.1C} {0!r}".format(t), "{:>8}".format("x"))
try:
    format(t, "K")
except ValueError as e:
    print(type(e).__name__, e)

# object.__format__ only accepts an empty spec.
class Plain:
    def __str__(self):
        return "plain!"
print("empty spec uses str:", format(Plain()), f"{Plain()}", "{}".format(Plain()))
try:
    format(Plain(), ">10")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Plain():d}"
except TypeError as e:
    print(type(e).__name__, e)

# __format__ must return a str.
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)

# Builtins delegate format() to their own __format__; spec is passed verbatim.
class Spy(int):
    def __format__(self, spec):
        return f"<{spec}>"
print("spy:", format(Spy(3), "x"), f"{Spy(3):08.3f}", "{:,}".format(Spy(1)), str(Spy(7)))

# __str__ and __repr__ must return str.
class BadStr:
    def __str__(self):
        return 1
    def __repr__(self):
        return b"r"
for label, action in [("str", lambda: str(BadStr())), ("repr", lambda: repr(BadStr())),
                      ("print", lambda: print(BadStr())), ("f-string", lambda: f"{BadStr()}"),
                      ("list repr", lambda: repr([BadStr()]))]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# str() falls back to __repr__.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr<>"
print("fallback:", str(OnlyRepr()), f"{OnlyRepr()}", [OnlyRepr()], "%s|%r" % (OnlyRepr(), OnlyRepr()))

# __bytes__.
class Packet:
    def __init__(self, payload):
        self.payload = payload
    def __bytes__(self):
        return b"\x02" + self.payload + b"\x03"
print("bytes:", bytes(Packet(b"hi")), bytes(Packet(b"")))
class BadBytes:
    def __bytes__(self):
        return "text"
try:
    bytes(BadBytes())
except TypeError as e:
    print(type(e).__name__, e)
class BytesSub(bytes):
    pass
class GivesSub:
    def __bytes__(self):
        return BytesSub(b"sub")
r = bytes(GivesSub())
print("bytes subclass result:", r, type(r).__name__)
try:
    bytes(Plain())
except TypeError as e:
    print(type(e).__name__, e)
print("bytes with encoding:", bytes("é", "utf-8"))
class IterAndBytes:
    def __iter__(self):
        return iter([65, 66])
    def __bytes__(self):
        return b"from __bytes__"
print("__bytes__ beats iteration:", bytes(IterAndBytes()), bytearray(IterAndBytes()))
