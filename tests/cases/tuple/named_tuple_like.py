class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
    @property
    def y(self):
        return self[1]
    def __repr__(self):
        return f"Point(x={self.x}, y={self.y})"

p = Point(1, 2)
print(p, p.x, p.y, p[0], len(p), p == (1, 2), isinstance(p, tuple), type(p + (3,)).__name__)
x, y = p
print(x, y, hash(p) == hash((1, 2)))
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
pts = {Point(0, 0): "origin"}
print(pts[(0, 0)])
class Pair(tuple):
    __slots__ = ()
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))
try:
    Pair(1, 2).extra = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Pair(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Pair(3, 4) + Pair(5, 6), Pair(1, 2) * 2, Pair(1, 2)[::-1])
