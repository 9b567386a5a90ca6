# Class patterns: builtin self-matching types, keyword sub-patterns, __match_args__ lookups.

def kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(0):
            return "int zero"
        case int(n) if n < 0:
            return f"negative int {n}"
        case int(n):
            return f"int {n}"
        case float(f):
            return f"float {f}"
        case complex(real=0, imag=i):
            return f"imaginary {i}"
        case str("") | bytes(b""):
            return "empty text"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"binary {bytes(b)!r}"
        case tuple((x, y)):
            return f"2-tuple {x} {y}"
        case list([*items]):
            return f"list of {len(items)}"
        case dict({"k": val}):
            return f"dict k={val}"
        case frozenset() | set():
            return f"set-like {type(v).__name__}"
        case _:
            return "other " + type(v).__name__

for v in [True, 0, -5, 7, 1.5, 3j, "", b"", "hi", b"ab", bytearray(b"cd"), (1, 2), (1, 2, 3),
          [1, 2], {"k": 9}, {"j": 1}, {1}, frozenset(), None, 2 + 3j]:
    print(repr(v), "->", kind(v))

# Literal patterns: == for numbers and strings, `is` for None/True/False.
def lit(v):
    match v:
        case True:
            return "True"
        case 1:
            return "one"
        case None:
            return "None"
        case 0.0:
            return "zero-ish"
        case -2:
            return "minus two"
        case "a" "b":
            return "implicit concat"
        case _:
            return "no literal"
print("literals:", [lit(v) for v in (True, 1, 1.0, None, 0, False, -2, "ab", 2)])

# Keyword sub-patterns work on any attribute.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Point(norm1=n) if n > 10:
            return f"far ({n})"
        case Point(x, y=y2):
            return f"at {x},{y2}"
for p in [Point(0, 0), Point(0, 4), Point(5, 0), Point(8, 9), Point(1, 2)]:
    print("point:", where(p))

# Missing attributes make the pattern fail silently.
match Point(1, 2):
    case Point(z=_):
        print("unexpected")
    case Point():
        print("no attribute z, fell through")

# Class pattern sub-patterns on builtins with keywords.
match 3 + 4j:
    case complex(real=r, imag=i):
        print("complex parts:", r, i)
match "text":
    case str(upper=u):
        print("bound method via keyword:", u())
match 10:
    case int(real=r, imag=0, denominator=1):
        print("int attributes:", r)

# isinstance semantics: subclasses match, and abstract classes work.
import collections.abc
class MyInt(int):
    pass
match MyInt(5):
    case int(v):
        print("subclass matched int:", v, type(v).__name__)
for v in ([1], "s", 3, {1: 2}):
    match v:
        case collections.abc.Sequence():
            print(repr(v), "is a Sequence")
        case collections.abc.Mapping():
            print(repr(v), "is a Mapping")
        case _:
            print(repr(v), "is neither")
