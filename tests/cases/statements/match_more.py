class Add:
    __match_args__ = ("left", "right")
    def __init__(self, left, right):
        self.left, self.right = left, right

class Num:
    __match_args__ = ("value",)
    def __init__(self, value):
        self.value = value

def evaluate(e):
    match e:
        case Num(value=v):
            return v
        case Add(Num(0), r) | Add(r, Num(0)):
            return evaluate(r)
        case Add(l, r):
            return evaluate(l) + evaluate(r)

print(evaluate(Add(Num(1), Add(Num(0), Num(5)))))

def command(text):
    match text.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["take", *items] if items:
            return "taking " + ", ".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"

for t in ["go north", "go west", "take a b c", "take", "exit", "", "dance now"]:
    print(repr(t), command(t))

def kinds(v):
    match v:
        case bool():
            return "bool"
        case int() | float():
            return "number"
        case {"k": [1, *_]}:
            return "mapping with list"
        case {}:
            return "mapping"
        case (a, b, c):
            return "triple"
    return "fallthrough"

for v in [True, 3, 2.5, {"k": [1, 2]}, {"z": 1}, (1, 2, 3), [1, 2]]:
    print(repr(v), kinds(v))

import math
match math.pi:
    case math.e:
        print("e")
    case math.pi:
        print("value pattern pi")

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
