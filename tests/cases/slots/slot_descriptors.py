# __slots__ create member descriptors on the class; unset slots raise AttributeError.

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x

print("repr x:", repr(Point.x))
print("repr y:", repr(Point.y))
print("kind:", type(Point.x).__name__, Point.x.__name__, Point.x.__objclass__.__name__)
print("__slots__ attr:", Point.__slots__)
print("in class dict:", "x" in Point.__dict__, "y" in Point.__dict__, "__dict__" in Point.__dict__)

p = Point(3)
print("x:", p.x)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
print("hasattr y:", hasattr(p, "y"), getattr(p, "y", "default"))
p.y = 4
print("y set:", p.y)
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
print("after del hasattr:", hasattr(p, "y"))

# The descriptor can be used directly.
Point.y.__set__(p, 10)
print("direct get:", Point.y.__get__(p), Point.y.__get__(None, Point) is Point.y)
Point.y.__delete__(p)
print("direct delete:", hasattr(p, "y"))
try:
    Point.x.__get__(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Point.x.__set__("s", 1)
except TypeError as e:
    print(type(e).__name__, e)

# Different spellings of __slots__.
class Single:
    __slots__ = "only"
class FromList:
    __slots__ = ["a", "b"]
class FromDict:
    __slots__ = {"p": "the p slot", "q": None}
class FromIter:
    __slots__ = iter(("i", "j"))
print("single:", Single.__slots__, repr(Single.only))
print("list:", FromList.__slots__, repr(FromList.b))
print("dict:", FromDict.__slots__, repr(FromDict.p))
print("iter consumed:", type(FromIter.__slots__).__name__, repr(FromIter.j))
s = Single()
s.only = "value"
print("single value:", s.only)

# Private names are mangled.
class Private:
    __slots__ = ("__secret", "_Private__other", "__dunder__")
    def __init__(self):
        self.__secret = 1
    def get(self):
        return self.__secret
pr = Private()
print("mangled:", pr.get(), pr._Private__secret, sorted(k for k in Private.__dict__ if "secret" in k))
print("dunder kept:", repr(Private.__dunder__))

# A slot and a method with the same descriptor name in a subclass.
class Sub(Point):
    __slots__ = ()
    def describe(self):
        return (self.x, getattr(self, "y", None))
print("sub:", Sub(7).describe(), repr(Sub.x))

# Slot values are per-instance.
a, b = Point(1), Point(2)
a.y = "a's"
print("per instance:", a.x, a.y, b.x, hasattr(b, "y"))

# Empty slots.
class Nothing:
    __slots__ = ()
n = Nothing()
try:
    n.anything = 1
except AttributeError as e:
    print(type(e).__name__, e)
