def describe(v):
    match v:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int():
            return "int"
        case "hello" | "hi":
            return "greeting"
        case str() as s:
            return f"string {s!r}"
        case [] :
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [x, *rest]:
            return f"head {x} rest {rest}"
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": t, **others}:
            return f"typed {t} {others}"
        case None:
            return "none"
        case _:
            return "other " + type(v).__name__

for v in [0, 2, -5, 42, "hi", "bye", [], [1], [1, 2], [1, 2, 3], (4, 5),
          {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3}, None, 1.5, "ab"]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"

for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 5)]:
    print(where(p))

match (1, "a"):
    case (1, str(s)):
        print("tuple with str", s)
match 3.0:
    case 3:
        print("3.0 matches 3")
match True:
    case 1:
        print("True matches 1")
    case True:
        print("unreached")
match "abc":
    case [*_]:
        print("str is sequence?")
    case _:
        print("str is not a sequence pattern")
