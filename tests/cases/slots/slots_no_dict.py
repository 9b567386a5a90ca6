# Objects with __slots__ have no __dict__ or __weakref__ unless they ask for them.
import weakref

class Tight:
    __slots__ = ("a",)

t = Tight()
t.a = 1
for label, action in [
    ("new attr", lambda: setattr(t, "b", 2)),
    ("read missing", lambda: t.b),
    ("__dict__", lambda: t.__dict__),
    ("vars", lambda: vars(t)),
    ("weakref", lambda: weakref.ref(t)),
]:
    try:
        print(label, action())
    except (AttributeError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
print("has __weakref__ attr:", hasattr(t, "__weakref__"))
print("dir has a:", "a" in dir(t), "__dict__" in dir(t))

class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print("with dict:", w.a, w.extra, w.__dict__, vars(w))
print("a not in dict:", "a" in w.__dict__)
print("descriptor kinds:", type(WithDict.__dict__["__dict__"]).__name__, type(WithDict.a).__name__)

class WithWeak:
    __slots__ = ("a", "__weakref__")
ww = WithWeak()
r = weakref.ref(ww)
print("weakref works:", r() is ww, ww.__weakref__ is r)
try:
    ww.other = 1
except AttributeError as e:
    print(type(e).__name__, e)
del ww
print("dead:", r())

class Both:
    __slots__ = ("__dict__", "__weakref__")
bo = Both()
bo.anything = "ok"
print("both:", bo.anything, weakref.ref(bo)() is bo)

# A class without __slots__ always gets __dict__ and __weakref__.
class Plain:
    pass
print("plain descriptors:", "__dict__" in Plain.__dict__, "__weakref__" in Plain.__dict__)
print("slotted descriptors:", "__dict__" in Tight.__dict__, "__weakref__" in Tight.__dict__)

# object() itself has neither.
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    weakref.ref(o)
except TypeError as e:
    print(type(e).__name__, e)

# __getstate__ (3.11) reports slots separately from the dict.
class State:
    __slots__ = ("a", "b", "__dict__")
st = State()
st.a = 1
st.z = 9
print("getstate:", st.__getstate__())
print("plain getstate:", Plain().__getstate__())
t2 = Tight()
print("empty slot state:", t2.__getstate__())
t2.a = 5
print("slot state:", t2.__getstate__())
