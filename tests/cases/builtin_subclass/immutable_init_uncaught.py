# Extra constructor arguments for an immutable builtin subclass must be handled in __new__;
# defining only __init__ lets them reach str.__new__, which rejects them.

class Word(str):
    def __new__(cls, text, weight=1):
        self = super().__new__(cls, text)
        self.weight = weight
        return self

w = Word("alpha", weight=3)
print("word:", w, w.weight, w.upper(), isinstance(w, str))

class Point(tuple):
    def __init__(self, x, y):
        self.label = f"({x}, {y})"
try:
    Point(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

class Score(int):
    def __init__(self, value, bonus):
        self.bonus = bonus
try:
    Score(10, 5)
    print("int accepted a base argument?")
except TypeError as e:
    print(type(e).__name__, e)
print("int base trick:", Score("10", 2), Score("10", 2).bonus)

class Label(str):
    def __init__(self, text, width):
        super().__init__()
        self.width = width
print("defining labels")
labels = [Label(t, n) for t, n in [("ok", 4), ("cancel", 8)]]
print("unreachable", labels)
