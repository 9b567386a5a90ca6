# An error raised by a class pattern is not caught by the match statement itself.

class Vector:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

def describe(v):
    match v:
        case Vector(0, 0):
            return "zero vector"
        case Vector(x, y, z):
            return f"3d {x} {y} {z}"
        case _:
            return "something else"

print(describe(5))
print(describe(Vector(0, 0)))
print(describe(Vector(1, 2)))
