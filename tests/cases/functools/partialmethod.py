# functools.partialmethod: binding, wrapping descriptors, flattening, repr.
from functools import partialmethod, partial


class Cell:
    def __init__(self):
        self.alive = False

    def set_state(self, state, *, note=""):
        self.alive = state
        return (state, note)

    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False, note="rip")
    set_dead_loud = partialmethod(set_dead, note="RIP!")

    @classmethod
    def make(cls, *args):
        return (cls.__name__, args)

    make_two = partialmethod(make, 1, 2)

    @staticmethod
    def stat(*args, **kw):
        return (args, kw)

    stat_x = partialmethod(stat, "x", k=1)
    plain_partial = partialmethod(partial(lambda *a: [type(x).__name__ for x in a], 0))


c = Cell()
print("bound", c.set_alive(), c.alive)
print("kw", c.set_dead(), c.alive)
print("flattened call", c.set_dead_loud())
flat = Cell.__dict__["set_dead_loud"]
print("flattened attrs", flat.func is Cell.__dict__["set_state"], flat.args, flat.keywords)
print("classmethod", c.make_two(3), Cell.make_two())
print("staticmethod", c.stat_x(2), Cell.stat_x(k=5))
print("non-descriptor", c.plain_partial(-1))
print("via class", Cell.set_alive(c), c.alive)
print("types", type(c.set_alive).__name__, type(c.stat_x).__name__)
bound = c.set_alive
print("bound partial", bound.func.__self__ is c, bound.args, bound.keywords)
print("self attr", bound.__self__ is c)

pm = Cell.__dict__["set_alive"]
print("attrs", pm.func.__name__, pm.args, pm.keywords)
print("abstract", pm.__isabstractmethod__)
print("repr", repr(partialmethod(max, 1, k=2)))
print("repr empty", repr(partialmethod(min)))
print("repr args only", repr(partialmethod(max, "a", None)))


class Base:
    def greet(self, greeting, name):
        return "%s, %s (%s)" % (greeting, name, type(self).__name__)

    hello = partialmethod(greet, "Hello")


class Child(Base):
    def greet(self, greeting, name):
        return "child " + super().greet(greeting, name)


print("inherited", Child().hello("Ann"), Base().hello("Bob"))


class Callable:
    def __call__(self, *args):
        return ("called", len(args))


class Host:
    go = partialmethod(Callable(), "extra")


print("callable object", Host().go(1))

for bad in (1, None, "text"):
    try:
        partialmethod(bad)
    except TypeError as e:
        print("error", e)
try:
    partialmethod()
except TypeError as e:
    print("error no func", type(e).__name__)
try:
    c.set_alive(1)
except TypeError as e:
    print("error call", type(e).__name__)
