# Literal, value, capture, wildcard, or- and as-patterns; guards; subject evaluation.

def lit(v):
    match v:
        case True:
            return "True (identity)"
        case False:
            return "False (identity)"
        case None:
            return "None"
        case 0:
            return "zero (equality)"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2 + 3j:
            return "complex"
        case -4j:
            return "negative imaginary"
        case "ab" "cd":
            return "concatenated string"
        case b"raw":
            return "bytes"
        case _:
            return "no literal"

for v in [True, False, None, 0, 0.0, -0.0, 1, -1, -1.0, 1.5, 2 + 3j, -4j, "abcd", b"raw",
          bytearray(b"raw"), "raw", 1 == 1]:
    print(repr(v), "->", lit(v))

class Colour:
    RED = "red"
    GREEN = "green"
    class Nested:
        BLUE = "blue"

def value(v):
    match v:
        case Colour.RED:
            return "red"
        case Colour.GREEN | Colour.Nested.BLUE:
            return "green or blue"
        case _:
            return "other"

for v in ["red", "green", "blue", "RED"]:
    print(v, "->", value(v))

# Equality through __eq__ on the subject's side.
class AlwaysEqual:
    def __eq__(self, other):
        print("  __eq__ called with", repr(other))
        return True
match AlwaysEqual():
    case 42:
        print("42 matched through __eq__")
match AlwaysEqual():
    case None:
        print("unreached: None compares by identity")
    case _:
        print("None is an identity check")

# Or-patterns bind the same names in every alternative; the first match wins.
def orp(v):
    match v:
        case (1, x) | (x, 1):
            return f"x={x}"
        case [a, b] | {"a": a, "b": b}:
            return f"a={a} b={b}"
        case (str() | bytes()) as s:
            return f"text {s!r}"
        case _:
            return "none"

for v in [(1, 9), (9, 1), (1, 1), [5, 6], {"a": 7, "b": 8, "c": 0}, "s", b"b", 3.0]:
    print(repr(v), "->", orp(v))

# Capture patterns bind even when a later guard fails.
x = "unset"
match 10:
    case x if x > 100:
        print("unreached")
    case _:
        print("after failed guard x =", x)

# The subject is evaluated once.
calls = []
def subject():
    calls.append(1)
    return [1, 2]
match subject():
    case [3, _]:
        pass
    case [1, 3]:
        pass
    case [1, y]:
        print("y =", y, "subject calls:", len(calls))

# Guards see bindings and may have side effects.
log = []
def check(tag, result):
    log.append(tag)
    return result
match (1, 2):
    case (a, b) if check("first", a > b):
        print("unreached")
    case (a, b) if check("second", a < b):
        print("second guard", a, b, log)

# Tuples of subjects without parentheses.
match 1, "one":
    case (1, "one"):
        print("tuple subject")

# Wildcards never bind.
match [1, 2, 3]:
    case [_, *_, _]:
        print("wildcards", "_" in dir())

# A match with no matching case leaves names untouched and falls through.
z = "before"
match 5:
    case 6:
        z = "changed"
print("z =", z)
