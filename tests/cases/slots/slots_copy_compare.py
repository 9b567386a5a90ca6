# Slotted objects with copy, equality, repr helpers and iteration over __slots__.
import copy

class Rec:
    __slots__ = ("name", "tags", "score")
    def __init__(self, name, tags, score=None):
        self.name = name
        self.tags = tags
        if score is not None:
            self.score = score
    def fields(self):
        return [(s, getattr(self, s, "<unset>")) for s in type(self).__slots__]
    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.fields() == other.fields()
    __hash__ = None
    def __repr__(self):
        return "Rec(" + ", ".join(f"{k}={v!r}" for k, v in self.fields()) + ")"

r = Rec("a", [1, 2], 5)
print("repr:", r)
print("unset:", Rec("b", []))

c = copy.copy(r)
print("copy equal:", c == r, c is r, c.tags is r.tags)
d = copy.deepcopy(r)
print("deepcopy equal:", d == r, d.tags is r.tags)
d.tags.append(3)
print("deep independent:", r.tags, d.tags)
u = copy.copy(Rec("u", ()))
print("copy keeps unset:", u, hasattr(u, "score"))

print("eq with other type:", r == 5, r != "a")
try:
    hash(r)
except TypeError as e:
    print(type(e).__name__, e)

# Slots plus __dict__ with copy.
class Hybrid:
    __slots__ = ("s", "__dict__")
h = Hybrid()
h.s = "slot"
h.d = "dict"
h2 = copy.copy(h)
print("hybrid copy:", h2.s, h2.d, h2.__dict__)

# Subclass slots are part of the state too.
class Child(Rec):
    __slots__ = ("extra",)
ch = Child("c", [0])
ch.extra = "x"
cc = copy.copy(ch)
print("child copy:", cc.name, cc.extra, cc.tags is ch.tags, type(cc).__name__)
print("getstate:", ch.__getstate__())

# Default values must come from somewhere else: a class attribute conflicts.
class Defaults:
    __slots__ = ("level",)
    def __init__(self, level=1):
        self.level = level
print("defaults:", Defaults().level, Defaults(3).level)

# Sorting slotted records by attribute.
recs = [Rec("z", [], 3), Rec("y", [], 1), Rec("x", [], 2)]
print("sorted:", [x.name for x in sorted(recs, key=lambda x: x.score)])
print("max:", max(recs, key=lambda x: x.name).name)

# getattr/setattr with computed slot names.
for name in Rec.__slots__:
    setattr(u, name, name.upper())
print("all set:", u)
for name in Rec.__slots__:
    delattr(u, name)
print("all unset:", u)
