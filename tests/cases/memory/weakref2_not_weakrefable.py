# Which objects accept weak references: built-in ints, strs, tuples, lists and dicts do not,
# their subclasses (except int/tuple subclasses) and functions/classes/sets do; __slots__
# without __weakref__ forbids them.
import weakref

def try_ref(label, obj):
    try:
        r = weakref.ref(obj)
        print(label, "ok", r() is obj)
    except TypeError as e:
        print(label, "TypeError", e)

class Plain:
    pass
class Slots:
    __slots__ = ("a",)
class SlotsWeak:
    __slots__ = ("a", "__weakref__")
class MyList(list):
    pass
class MyDict(dict):
    pass
class MyInt(int):
    pass
class MyTuple(tuple):
    pass
class MyStr(str):
    pass

def func():
    pass

try_ref("int", 5)
try_ref("str", "s")
try_ref("tuple", (1,))
try_ref("list", [])
try_ref("dict", {})
try_ref("None", None)
try_ref("set", {1})
try_ref("frozenset", frozenset())
try_ref("function", func)
try_ref("class", Plain)
try_ref("instance", Plain())
try_ref("slots", Slots())
try_ref("slots with __weakref__", SlotsWeak())
try_ref("list subclass", MyList())
try_ref("dict subclass", MyDict())
try_ref("int subclass", MyInt(3))
try_ref("tuple subclass", MyTuple())
try_ref("str subclass", MyStr("x"))
try_ref("object()", object())
try_ref("builtin function", len)
try_ref("method", Plain.__init__)
try_ref("type", int)

for factory in (weakref.WeakSet, weakref.WeakValueDictionary):
    try:
        container = factory()
        if factory is weakref.WeakSet:
            container.add(1)
        else:
            container["k"] = []
    except TypeError as e:
        print(factory.__name__, "TypeError", e)
try:
    weakref.proxy(3)
except TypeError as e:
    print("proxy TypeError", e)
