# Descriptors provided by builtin types: their kinds, reprs, binding, and read-only messages.

def show(label, obj):
    print(label, type(obj).__name__, repr(obj))

show("str.upper:", str.upper)
show("object.__init__:", object.__init__)
show("int.real:", int.real)
show("type.__name__ attr:", type.__dict__["__name__"])
show("function __globals__:", type(show).__dict__["__globals__"])
show("list.append:", list.append)
show("object.__dict__ of class:", type.__dict__["__dict__"])
print("fromkeys kind:", type(dict.__dict__["fromkeys"]).__name__)
print("maketrans kind:", type(str.__dict__["maketrans"]).__name__)

# Method descriptors bind like functions.
up = str.upper.__get__("abc")
print("bound builtin:", up(), type(up).__name__, up.__self__, up.__name__, up.__qualname__)
print("unbound call:", str.upper("xyz"), list.__len__([1, 2, 3]))
print("slot wrapper call:", int.__add__(2, 3), object.__repr__.__name__, int.__add__.__qualname__)
print("objclass:", str.upper.__objclass__.__name__, int.__add__.__objclass__.__name__)

# Applying a descriptor to the wrong type.
for label, action in [
    ("upper on int", lambda: str.upper(5)),
    ("append on tuple", lambda: list.append((), 1)),
    ("get on wrong type", lambda: str.upper.__get__(5)),
    ("add on str", lambda: int.__add__("a", 1)),
    ("no self", lambda: str.upper()),
]:
    try:
        print(label, action())
    except TypeError as e:
        print(label, "->", type(e).__name__, e)

# Read-only attributes of builtins.
def f():
    pass
for label, action in [
    ("int.real", lambda: setattr(5, "real", 1)),
    ("del int.real", lambda: delattr(5, "real")),
    ("__globals__", lambda: setattr(f, "__globals__", {})),
    ("type __dict__", lambda: setattr(int, "__dict__", {})),
    ("complex.imag", lambda: setattr(1j, "imag", 2.0)),
    ("slice.start", lambda: setattr(slice(1), "start", 2)),
    ("range.stop", lambda: setattr(range(3), "stop", 2)),
]:
    try:
        action()
        print(label, "allowed")
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)

# Writable getset descriptors.
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = "now documented"
print("function attrs:", f.__name__, f.__qualname__, f.__doc__)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del f.__name__
except TypeError as e:
    print(type(e).__name__, e)

class K:
    pass
K.__name__ = "Renamed"
K.__qualname__ = "Outer.Renamed"
print("class rename:", K.__name__, K.__qualname__, repr(K()).split(" ")[0])
try:
    K.__name__ = 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    K.__name__ = "bad\0name"
except ValueError as e:
    print(type(e).__name__, e)
K.__doc__ = "class doc"
print("class doc:", K.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(type(e).__name__, e)
