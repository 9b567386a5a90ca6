# property objects: getter/setter/deleter copies, __doc__ rules, error messages, subclassing.

class C:
    def get_x(self):
        "doc of get_x"
        return self._x
    def set_x(self, v):
        self._x = v
    def del_x(self):
        del self._x
    x = property(get_x, set_x, del_x)
    y = property(get_x, set_x, del_x, "explicit doc")
    ro = property(get_x)
    wo = property(None, set_x)
    nothing = property()

c = C()
c.x = 1
print("x:", c.x, "y:", c.y, "ro:", c.ro)
print("docs:", C.x.__doc__, "|", C.y.__doc__, "|", C.nothing.__doc__)
print("fget/fset/fdel names:", C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__)
print("ro parts:", C.ro.fset, C.ro.fdel)

for label, action in [
    ("set ro", lambda: setattr(c, "ro", 2)),
    ("del ro", lambda: delattr(c, "ro")),
    ("get wo", lambda: c.wo),
    ("get nothing", lambda: c.nothing),
    ("set nothing", lambda: setattr(c, "nothing", 1)),
    ("del nothing", lambda: delattr(c, "nothing")),
]:
    try:
        action()
        print(label, "ok")
    except AttributeError as e:
        print(label, type(e).__name__, e)

c.wo = 9
print("wo wrote:", c._x)
del c.x
print("after del:", hasattr(c, "_x"))
try:
    c.x
except AttributeError as e:
    print(type(e).__name__, e)

# getter/setter/deleter return new property objects; the original is unchanged.
p1 = property(lambda self: 1)
p2 = p1.setter(lambda self, v: None)
p3 = p2.deleter(lambda self: None)
print("distinct:", p1 is not p2, p2 is not p3, p1.fset is None, p2.fset is not None, p3.fdel is not None)

# Decorator chain; the doc comes from the getter.
class T:
    @property
    def temp(self):
        """Temperature in C."""
        return self._t
    @temp.setter
    def temp(self, v):
        self._t = round(v, 1)
    @temp.deleter
    def temp(self):
        self._t = None
t = T()
t.temp = 21.456
print("temp:", t.temp, T.temp.__doc__)
del t.temp
print("deleted temp:", t.temp)

# Setter named differently from the getter: the property keeps the getter name in messages.
class N:
    @property
    def value(self):
        return 1
    other = value.setter(lambda self, v: print("  other setter", v))
n = N()
n.other = 5
try:
    n.value = 5
except AttributeError as e:
    print(type(e).__name__, e)

# property subclasses: the doc lands in the instance __dict__.
class MyProp(property):
    "subclass doc"
class S:
    @MyProp
    def thing(self):
        "thing doc"
        return "thing"
print("sub:", S().thing, S.thing.__doc__, type(S.thing).__name__)
print("setter keeps subclass:", type(S.thing.setter(lambda s, v: None)).__name__)

# property is a data descriptor even without fset: instance dict cannot shadow it.
s = S()
s.__dict__["thing"] = "shadow"
print("still property:", s.thing)

# Calling the property's methods directly.
print("direct:", C.y.__get__(c) if hasattr(c, "_x") else "no _x", C.y.__get__(None, C) is C.y)
C.x.__set__(c, 42)
print("direct set:", c.x)
C.x.__delete__(c)
print("direct delete:", hasattr(c, "_x"))
try:
    property(1, 2)
    print("non-callable accepted at creation")
    C.bad = property(1)
    c.bad
except TypeError as e:
    print(type(e).__name__, e)

# A property created outside a class body has no name for its messages.
class L:
    pass
L.late = property(lambda self: 1)
def getter(self):
    return 2
L.late2 = property(getter)
for action in (lambda: setattr(L(), "late", 2), lambda: delattr(L(), "late2")):
    try:
        action()
    except AttributeError as e:
        print(type(e).__name__, e)
print("late values:", L().late, L().late2)
