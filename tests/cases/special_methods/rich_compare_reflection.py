# Rich comparisons: reflected operators, subclass priority, defaults for == and !=, error messages.

log = []

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"{type(self).__name__}({self.v})"
def make(op):
    def method(self, other):
        log.append(f"{type(self).__name__}.__{op}__")
        if not isinstance(other, V):
            return NotImplemented
        return getattr(self.v, f"__{op}__")(other.v)
    return method
for op in ("lt", "le", "gt", "ge", "eq"):
    setattr(V, f"__{op}__", make(op))
V.__hash__ = None

class W(V):
    pass
for op in ("lt", "gt"):
    setattr(W, f"__{op}__", make(op))

def run(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(f"{label}: {r} {log}")

run("V<V", lambda: V(1) < V(2))
run("V>V", lambda: V(1) > V(2))
run("V<=V", lambda: V(1) <= V(1))
run("V==V", lambda: V(1) == V(1))
run("V!=V (derived from __eq__)", lambda: V(1) != V(1))
run("V<W (subclass reflected first)", lambda: V(1) < W(2))
run("W<V", lambda: W(1) < V(2))
run("V<=W (W has no own __ge__)", lambda: V(1) <= W(2))
run("V<1", lambda: V(1) < 1)
run("1<V", lambda: 1 < V(2))
run("V==1 (falls back to identity)", lambda: V(1) == 1)
run("V!=1", lambda: V(1) != 1)
run("1==V", lambda: 1 == V(1))

class Plain:
    pass
p = Plain()
run("Plain<Plain", lambda: p < Plain())
run("Plain<=1", lambda: p <= 1)
run("1>=Plain", lambda: 1 >= p)
run("Plain==Plain same", lambda: p == p)
run("Plain!=Plain other", lambda: p != Plain())
run("None<None", lambda: None < None)
run("str<int", lambda: "a" < 1)
run("list<tuple", lambda: [1] < (1,))

# __ne__ defaults to the inverse of __eq__ unless __eq__ returns NotImplemented.
class EqOnly:
    def __eq__(self, other):
        print("  EqOnly.__eq__")
        return "truthy string"
print("ne inverts:", EqOnly() != 1)
class NeOnly:
    def __ne__(self, other):
        return "custom ne"
print("ne only:", NeOnly() != 1, NeOnly() == 1)

# Comparison results are not coerced to bool, except in chains and boolean contexts.
class Weird:
    def __lt__(self, other):
        return [other]
    def __eq__(self, other):
        return 0
print("raw result:", Weird() < 5, Weird() == 5, Weird() < 5 < 9, not Weird() == 5)
print("in list uses ==:", Weird() in [1, 2], [Weird()] == [Weird()])

# Containers compare identity first, then ==.
class NeverEqual:
    def __eq__(self, other):
        return False
    __hash__ = object.__hash__
ne = NeverEqual()
print("identity shortcut:", ne == ne, ne in [ne], [ne] == [ne], (ne,) == (ne,), {ne: 1}[ne])

# sorting uses only __lt__.
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
print("sorted:", [x.v for x in sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)])], max(OnlyLt(1), OnlyLt(5)).v)
try:
    OnlyLt(1) <= OnlyLt(2)
except TypeError as e:
    print(type(e).__name__, e)
run("OnlyLt > OnlyLt (reflected __lt__)", lambda: OnlyLt(1) > OnlyLt(2))
