class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def size(self):
        return (self.w, self.h)
    @size.setter
    def size(self, value):
        w, h = value
        if w < 0 or h < 0:
            raise ValueError("negative size")
        self.w, self.h = w, h
r = Rect(2, 3)
print(r.area, r.size)
r.size = (4, 5)
print(r.area, r.w, r.h)
try:
    r.size = (1, -1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    r.area = 10
except AttributeError as e:
    print(type(e).__name__, e)
try:
    r.size = 5
except TypeError as e:
    print(type(e).__name__, e)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @Rect.size.setter
    def size(self, value):
        Rect.size.fset(self, (value, value))
s = Square(3)
s.size = 7
print(s.area, s.size, isinstance(Square.size, property), Square.size is not Rect.size)
print(vars(r), "area" in vars(Rect))
p = property(lambda self: 42)
class Dyn:
    answer = p
print(Dyn().answer, p.fget(None), p.fset, p.fdel)
