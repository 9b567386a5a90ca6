class Point:
    __slots__ = ('x', 'y')
    count: int = 0

    def __init__(self, x=0, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def __repr__(self):
        return f'Point({self.x!r}, {self.y!r})'

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    @classmethod
    def origin(cls):
        return cls()

    @staticmethod
    def dist(a, b):
        return ((a.x - b.x) ** 2 + (a.y - b.y) ** 2) ** 0.5

    class Inner:
        class Deeper:
            pass

class Child(Point, metaclass=type):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
