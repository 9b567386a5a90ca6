# Attribute loads, method loads and stores on a fast local (the VM fuses these pairs):
# every fallback path must behave as the unfused instructions do.


class Plain:
    k = 10

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def bump(self):
        self.x = self.x + 1
        return self.x


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


class Guarded:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)

    def __getattr__(self, name):
        return "missing:" + name


class Prop:
    def __init__(self):
        self._v = 3

    @property
    def v(self):
        return self._v * 10

    @v.setter
    def v(self, val):
        print("setter", val)
        self._v = val


def loads(o):
    print("x", o.x, "k", o.k, "get", o.get(), "bump", o.bump(), o.bump())
    m = o.get
    print("bound", m())


def slot_use(s):
    s.b = 5
    print("slots", s.a, s.b)
    try:
        print(s.c)
    except AttributeError as e:
        print("AttributeError", e)
    try:
        s.c = 1
    except AttributeError as e:
        print("AttributeError", e)
    del s.b
    try:
        print(s.b)
    except AttributeError as e:
        print("AttributeError", e)


def guarded(g):
    g.y = 4
    print("y", g.y, "z", g.z)


def prop(p):
    print("v", p.v)
    p.v = 7
    print("v", p.v)
    try:
        p.w = 1
        print("w", p.w)
    except AttributeError as e:
        print("AttributeError", e)


def unbound():
    try:
        print(o.x)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        o.x = 1
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    try:
        o.m()
    except UnboundLocalError as e:
        print("UnboundLocalError", e)
    o = None


def on_builtins(s, lst, n):
    print(s.upper(), lst.count(2), n.real, n.bit_length(), s.__class__.__name__)
    try:
        n.real = 5
    except AttributeError as e:
        print("AttributeError", e)
    try:
        s.nope()
    except AttributeError as e:
        print("AttributeError", e)


def many_classes(objs):
    # One site, more classes than the cache keeps: some loads miss.
    total = 0
    for o in objs:
        total += o.x
        o.x = o.x + 1
    return total


def shadowing(o):
    o.get = lambda: "instance attribute wins"
    print(o.get())
    del o.get
    print(o.get())


for o in [Plain(1), Plain(2)]:
    loads(o)
slot_use(Slotted())
guarded(Guarded())
prop(Prop())
unbound()
on_builtins("abc", [1, 2, 2], 12)
classes = [type("C%d" % i, (Plain,), {}) for i in range(7)]
objs = [c(i) for i, c in enumerate(classes)] * 3
print("total", many_classes(objs), many_classes(objs))
shadowing(Plain(9))


def later_class_change(o):
    return o.k


p = Plain(0)
print(later_class_change(p))
Plain.k = 11
print(later_class_change(p))
p.k = 12
print(later_class_change(p))
Plain.k = property(lambda self: "now a property")
print(later_class_change(p))
print(p.nosuch)
