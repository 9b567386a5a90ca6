class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area()")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2
class Blob(Shape):
    pass
for sh in [Square(3), Circle(1), Blob()]:
    try:
        print(sh.describe())
    except NotImplementedError as e:
        print(type(e).__name__, e)
print(issubclass(NotImplementedError, RuntimeError), NotImplemented is not NotImplementedError)
shapes = sorted([Square(2), Circle(1), Square(1)], key=lambda s: s.area())
print([type(s).__name__ for s in shapes])
print(sum(s.area() for s in shapes if isinstance(s, Square)))
class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class First(Plugin):
    pass
class Second(Plugin):
    pass
class Third(First):
    pass
print(Plugin.registry)
class Tagged:
    def __init_subclass__(cls, tag="none", **kw):
        cls.tag = tag
class T1(Tagged, tag="one"):
    pass
class T2(Tagged):
    pass
print(T1.tag, T2.tag)
try:
    class T3(Tagged, bogus=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
