# Name binding in match statements: captures, as-patterns, or-patterns, wildcards, guards.

def describe(subject):
    match subject:
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [x, y]:
            return f"pair {x},{y}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case {"kind": ("a" | "b") as kind, **others} if not others:
            return f"bare kind {kind}"
        case {"kind": kind, **others}:
            return f"kind {kind} with {sorted(others)}"
        case [("x" | "y") as axis, value] | [value, ("x" | "y") as axis]:
            return "unreachable: pairs matched earlier"
        case str() as s if len(s) > 3:
            return f"long str {s!r}"
        case _:
            return "other"

for s in [[1, 1], [1, 2], 2, {"kind": "a"}, {"kind": "b", "z": 1}, {"kind": "c"}, "hello", "hi", None]:
    print(repr(s), "->", describe(s))

# Bindings persist after the match statement.
match (10, 20):
    case (first, second):
        pass
print("after match:", first, second)

# The wildcard never binds; `_` keeps its previous value.
_ = "untouched"
match [1, 2, 3]:
    case [_, *_, last]:
        print("wildcards:", _, last)

# Star captures bind lists, even for empty tails and tuple subjects.
match (1,):
    case (head, *tail):
        print("star tail:", head, tail, type(tail).__name__)

# Capture inside an or-pattern: each alternative binds the same names.
def axis(p):
    match p:
        case ("x", v) | ("y", v) | (v, "z"):
            return v
        case _:
            return None
print("or-captures:", axis(("x", 1)), axis(("y", 2)), axis((3, "z")), axis(("w", 4)))

# A guard sees the new bindings; a failed guard moves on to the next case.
calls = []
def check(v):
    calls.append(v)
    return v > 5
for value in (3, 9):
    match value:
        case n if check(n):
            print("guard passed for", n)
        case n:
            print("guard failed, next case bound", n)
print("guard calls:", calls)

# Guards can use walrus; the name leaks to the enclosing scope.
match [4, 5]:
    case [a, b] if (total := a + b) > 8:
        print("walrus in guard:", total)
print("total still visible:", total)

# Capture patterns bind even to None and falsy values.
for v in (0, "", None, [], False):
    match v:
        case captured:
            print("captured", repr(captured))

# Nested as-patterns bind at every level.
match [[1, 2], [3]]:
    case [[a, b] as left, [c] as right] as both:
        print("nested as:", a, b, c, left, right, both)

# Dotted names are value patterns, not captures.
class Colors:
    RED = "red"
    BLUE = "blue"
def color(c):
    match c:
        case Colors.RED:
            return "is red"
        case Colors.BLUE:
            return "is blue"
        case other:
            return f"other {other}"
print("value patterns:", color("red"), color("blue"), color("green"))
