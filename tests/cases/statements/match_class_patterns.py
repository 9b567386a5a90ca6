# Class patterns: __match_args__, keyword sub-patterns, builtin self-matching types, errors.

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Labelled(Point):
    pass

def classify(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point3(x, y, z=5):
            return f"3d with z=5 at {x},{y}"
        case Point3(_, _, z) if z < 0:
            return f"3d below, z={z}"
        case Labelled(x, y):
            return f"labelled {x},{y}"
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=yy):
            return f"y axis {yy}"
        case Point(xx, y=0):
            return f"x axis {xx}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point() as p:
            return f"other {p!r}"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 7), Point(3, 0), Point(4, 4), Point(1, 2),
          Point3(0, 0, 0), Point3(1, 2, 5), Point3(1, 2, -3), Point3(1, 2, 3),
          Labelled(8, 9), "point", None]:
    print(repr(p), "->", classify(p))

# Builtin classes that match the subject itself for one positional sub-pattern.
def builtin_kind(v):
    match v:
        case bool(b):
            return f"bool {b}"
        case int(i) if i > 100:
            return f"big int {i}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b):
            return f"bytes {b!r}"
        case bytearray(b):
            return f"bytearray {b!r}"
        case list([first, *_]):
            return f"list starting with {first}"
        case list(l):
            return f"list {l}"
        case tuple(t):
            return f"tuple {t}"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case frozenset(fs):
            return f"frozenset of {len(fs)}"
        case set(s):
            return f"set of {len(s)}"
        case _:
            return "other"

for v in [True, 1000, 7, 2.5, "hey", b"by", bytearray(b"ba"), [9, 8], [], (1, 2),
          {"k": 3}, {"j": 1}, frozenset({1, 2}), {1, 2, 3}, 3j, None]:
    print(repr(v), "->", builtin_kind(v))

# Keyword patterns on builtin types look attributes up.
match 5:
    case int(real=r, imag=i):
        print("int real/imag", r, i)
match 2.5:
    case float(real=2.5, imag=0.0):
        print("float attributes matched")
match 3:
    case int(x, numerator=n):
        print("self and keyword", x, n)
match 3:
    case int(nosuch=1):
        print("unreached")
    case int():
        print("missing attribute: no match")

# Subclasses of builtin classes inherit the self-matching.
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
match MyStr("sub"):
    case MyStr(s):
        print("MyStr self", s, type(s).__name__)
match MyList([1, 2]):
    case MyList([a, b]):
        print("MyList self", a, b)
match MyDict(a=1):
    case MyDict({"a": a}):
        print("MyDict self", a)
match "plain":
    case MyStr():
        print("unreached")
    case str():
        print("plain str is not a MyStr")

# A subclass with its own __match_args__ overrides the self-matching.
class Named(str):
    __match_args__ = ("upper_form",)
    @property
    def upper_form(self):
        return self.upper()
match Named("abc"):
    case Named(u):
        print("Named match_args", u)

# Missing, computed and dynamic attributes.
class Dyn:
    __match_args__ = ("a", "b")
    a = "class attr"
    @property
    def b(self):
        return "property"
    def __getattr__(self, name):
        if name == "magic":
            return 42
        raise AttributeError(name)

match Dyn():
    case Dyn(a, b, magic=m):
        print("Dyn", a, b, m)
match Dyn():
    case Dyn(other=1):
        print("unreached")
    case _:
        print("AttributeError from __getattr__ means no match")

class Failing:
    __match_args__ = ("boom",)
    @property
    def boom(self):
        raise KeyError("boom")
try:
    match Failing():
        case Failing(x):
            print("unreached")
except KeyError as e:
    print("other errors propagate:", type(e).__name__, e)

# Nothing is looked up when the subject is not an instance.
class Strict:
    __match_args__ = ["not", "a", "tuple"]
match 1:
    case Strict(1, 2):
        print("unreached")
    case _:
        print("no __match_args__ check without isinstance")

# Errors.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, "|", e)

def not_a_type():
    match 1:
        case len():
            return "m"
    return "n"
attempt("len()", not_a_type)

class Holder:
    kind = Point(1, 2)
def instance_as_class():
    match 1:
        case Holder.kind():
            return "m"
    return "n"
attempt("instance", instance_as_class)

def list_match_args():
    match Strict():
        case Strict(1):
            return "m"
    return "n"
attempt("list __match_args__", list_match_args)

def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            return "m"
    return "n"
attempt("too many", too_many)

class One:
    __match_args__ = ("a",)
    a = 1
def too_many_one():
    match One():
        case One(1, 2):
            return "m"
    return "n"
attempt("too many (one)", too_many_one)

class NoArgs:
    pass
def none_allowed():
    match NoArgs():
        case NoArgs(1):
            return "m"
    return "n"
attempt("none allowed", none_allowed)

def builtin_too_many():
    match "s":
        case str(a, b):
            return "m"
    return "n"
attempt("str two", builtin_too_many)

def duplicate_attr():
    match Point(1, 2):
        case Point(1, x=1):
            return "m"
    return "n"
attempt("duplicate", duplicate_attr)

def duplicate_attr_late():
    match Point(1, 2):
        case Point(1, 2, y=2):
            return "m"
    return "n"
attempt("duplicate late", duplicate_attr_late)

class BadArgs:
    __match_args__ = ("a", 3)
    a = 1
def non_string_arg():
    match BadArgs():
        case BadArgs(1, 2):
            return "m"
    return "n"
attempt("non-string", non_string_arg)

def non_string_not_reached():
    match BadArgs():
        case BadArgs(2, 2):
            return "m"
    return "n"
attempt("checked before sub-patterns", non_string_not_reached)
