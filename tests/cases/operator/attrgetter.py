# operator.attrgetter: plain, dotted and several names, reprs, errors.
import operator as op


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __repr__(self):
        return "Node(%r)" % self.name


leaf = Node("leaf")
mid = Node("mid", leaf)
root = Node("root", mid)

name = op.attrgetter("name")
print("plain", name(root), name(leaf))
print("dotted", op.attrgetter("child.name")(root), op.attrgetter("child.child.name")(root))
print("several", op.attrgetter("name", "child")(root))
print("several dotted", op.attrgetter("child.name", "name", "child.child")(root))
print("same twice", op.attrgetter("name", "name")(mid))
print("methods", op.attrgetter("upper")("abc")(), op.attrgetter("real", "imag")(3 + 4j))
print("class attr", op.attrgetter("__name__")(int), op.attrgetter("__class__.__name__")(1))
print("repr", repr(name), repr(op.attrgetter("a.b", "c")))
print("reduce", op.attrgetter("a.b", "c").__reduce__())
print("type", type(name).__name__, type(name).__module__)

people = [Node("zoe"), Node("adam"), Node("mia")]
print("sorted", sorted(people, key=name))
print("map", list(map(op.attrgetter("name"), people)))


class Logged:
    def __getattr__(self, attr):
        print("  getattr", attr)
        if attr == "stop":
            raise AttributeError("stopped here")
        return self


print("chain", type(op.attrgetter("a.b.c")(Logged())).__name__)

try:
    name.extra = 1
except AttributeError:
    print("no attributes")


def attempt(label, f, *args):
    try:
        print(label, f(*args))
    except Exception as e:
        print(label, type(e).__name__, e)


attempt("no names", op.attrgetter)
attempt("not str", op.attrgetter, 1)
attempt("second not str", op.attrgetter, "a", None)
attempt("bytes name", op.attrgetter, b"a")
attempt("missing", name, 5)
attempt("missing dotted", op.attrgetter("child.nope"), root)
attempt("none in chain", op.attrgetter("child.child.child.name"), root)
attempt("stop in chain", op.attrgetter("x.stop.y"), Logged())
attempt("empty part", op.attrgetter("name."), root)
attempt("kwargs", lambda: op.attrgetter("a", b="c"))
