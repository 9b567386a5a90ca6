# gc.is_tracked(): atomic objects (ints, strs, floats, None) are never tracked; containers
# such as lists and instances are; dicts are tracked only once they hold a container.
import gc

class Obj:
    pass

class Slotted:
    __slots__ = ("a",)

checks = [
    ("int", 42),
    ("big int", 10 ** 40),
    ("str", "hello"),
    ("float", 1.5),
    ("None", None),
    ("bool", True),
    ("bytes", b"abc"),
    ("empty list", []),
    ("list of ints", [1, 2, 3]),
    ("instance", Obj()),
    ("slotted instance", Slotted()),
    ("class", Obj),
    ("function", lambda: 0),
    ("set", {1, 2}),
    ("empty dict", {}),
    ("dict of atoms", {"a": 1, "b": "x"}),
    ("dict with list", {"a": []}),
    ("dict with tuple of lists", {"a": ([],)}),
    ("bytearray", bytearray(b"x")),
]
for name, obj in checks:
    print(name, gc.is_tracked(obj))

d = {}
print("dict starts", gc.is_tracked(d))
d["k"] = 1
print("after atomic value", gc.is_tracked(d))
d["l"] = [1]
print("after list value", gc.is_tracked(d))
del d["l"]
print("after removing list", gc.is_tracked(d))

d2 = {}
d2[1] = Obj()
print("after instance value", gc.is_tracked(d2))

try:
    gc.is_tracked()
except TypeError as e:
    print("TypeError", e)
