from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(1, 2)
print("repr", p, repr(Point(x=3, y="a")))
print("fields", Point._fields, p.x, p.y, p[0], p[-1], len(p))
print("tuple", isinstance(p, tuple), p == (1, 2), tuple(p), p + (3,), p * 2)
print("hash same", hash(p) == hash((1, 2)))
x, y = p
print("unpack", x, y)
print("asdict", p._asdict(), type(p._asdict()).__name__)
print("replace", p._replace(y=20), p)
print("make", Point._make([5, 6]), Point._make(iter("ab")))
print("getnewargs", p.__getnewargs__(), type(p.__getnewargs__()).__name__)
print("match_args", Point.__match_args__, "slots", Point.__slots__)
print("doc", Point.__doc__, "|", Point.x.__doc__, "|", Point.__new__.__doc__)
print("names", Point.__name__, Point.__qualname__, Point.__module__)
print("qualnames", Point.__new__.__qualname__, Point._make.__qualname__, Point._replace.__qualname__)

# field names as a list, with commas, with spaces
A = namedtuple("A", ["a", "b", "c"])
B = namedtuple("B", "a, b,c")
C = namedtuple("C", "  a   b  ")
print("forms", A._fields, B._fields, C._fields)
E = namedtuple("E", "")
print("empty", E(), E._fields, len(E()))

# defaults
D = namedtuple("D", "a b c", defaults=[10, 20])
print("defaults", D(1), D(1, 2), D(1, 2, 3), D(1, c=5))
print("field_defaults", D._field_defaults, Point._field_defaults)
print("new defaults", D.__new__.__defaults__, Point.__new__.__defaults__)
D0 = namedtuple("D0", "a", defaults=())
print("empty defaults", D0.__new__.__defaults__, D0._field_defaults)
G = namedtuple("G", "a b", defaults=iter([7]))
print("iter defaults", G(1), G._field_defaults)

# keyword construction, in any order
print("kw", Point(y=2, x=1), Point(1, y=2))

# the attributes are read-only
try:
    p.x = 5
except AttributeError as e:
    print("setattr", type(e).__name__)
try:
    p.z = 5
except AttributeError as e:
    print("no dict", type(e).__name__)

# a subclass adding a method and a property
class Vec(namedtuple("Vec", "x y")):
    __slots__ = ()

    @property
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

v = Vec(3, 4)
print("subclass", v, v.norm2, v + Vec(1, 1), type(v._replace(x=0)).__name__)
print("subclass make", Vec._make((9, 9)), type(Vec._make((9, 9))).__name__)

# pattern matching through __match_args__
for obj in [Point(0, 0), Point(1, 5), (1, 2)]:
    match obj:
        case Point(0, 0):
            print("match origin")
        case Point(x=1, y=yy):
            print("match x=1 y=", yy)
        case _:
            print("match other", obj)

# sorting and comparing as tuples
pts = [Point(2, 1), Point(1, 3), Point(1, 2)]
print("sorted", sorted(pts))
print("max", max(pts, key=lambda q: q.y))
print("lt", Point(1, 2) < Point(1, 3), Point(1, 2) < (1, 3))

# rename
R = namedtuple("R", "abc def ghi abc _x 9", rename=True)
print("rename", R._fields)
print("rename value", R(1, 2, 3, 4, 5, 6))
print("module arg", namedtuple("M", "a", module="somewhere").__module__)
print("typename str", namedtuple(str("S"), "a").__name__)
print("non-str fields", namedtuple("N", ["a", "b"])._fields)
