class Plain:
    pass
p = Plain()
print(hash(p) == hash(p), p == p, p != Plain(), {p: 1}[p])
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P{self.x}{self.y}"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, {Point(0, 0): "origin"}[Point(0, 0)])
print(hash(Point(1, 2)) == hash((1, 2)))
class EqOnly:
    def __eq__(self, o):
        return True
print(EqOnly.__hash__ is None, EqOnly() == 5)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
class InheritHash(Point):
    pass
print(hash(InheritHash(1, 2)) == hash(Point(1, 2)))
class OverrideEq(Point):
    def __eq__(self, o):
        return False
try:
    hash(OverrideEq(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
class HashReturnsBig:
    def __hash__(self):
        return 2 ** 100
print(hash(HashReturnsBig()) == hash(2 ** 100))
class HashReturnsStr:
    def __hash__(self):
        return "x"
try:
    hash(HashReturnsStr())
except TypeError as e:
    print(type(e).__name__, e)
class HashNegOne:
    def __hash__(self):
        return -1
print(hash(HashNegOne()))
print(hash(None) == hash(None), hash(True), hash(False), hash(0.0), hash(-0.0), hash(3.5), hash(-3.5))
print(hash(1e100), hash(2 ** 61 - 2), hash(-(2 ** 61 - 1)), hash(12345678901234567890))
