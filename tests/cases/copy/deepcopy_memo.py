# copy.deepcopy: nested containers, shared references, cycles, memo and __deepcopy__.
import copy

nested = {"a": [1, {"b": (2, [3])}], "c": (4, 5)}
d = copy.deepcopy(nested)
print("equal", d == nested, d is nested, d["a"] is nested["a"])
print("deep_inner", d["a"][1]["b"][1] is nested["a"][1]["b"][1])
print("tuple_atoms_kept", d["c"] is nested["c"])
print("tuple_rebuilt", d["a"][1]["b"] is nested["a"][1]["b"])

shared = [1, 2]
pair = [shared, shared]
c = copy.deepcopy(pair)
print("shared", c[0] is c[1], c[0] is shared)

loop = [1]
loop.append(loop)
c = copy.deepcopy(loop)
print("list_cycle", c[1] is c, c is loop)
dloop = {}
dloop["me"] = dloop
c = copy.deepcopy(dloop)
print("dict_cycle", c["me"] is c, c is dloop)
t = ([],)
t[0].append(t)
c = copy.deepcopy(t)
print("tuple_cycle", c[0][0] is c, c is t, type(c).__name__)


class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None

    def add(self, child):
        child.parent = self
        self.children.append(child)
        return child


root = Node("root")
kid = root.add(Node("kid"))
kid.add(Node("grandkid"))
copy_root = copy.deepcopy(root)
ck = copy_root.children[0]
print("tree", ck.name, ck.parent is copy_root, ck.children[0].parent is ck, ck is kid)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print("memo_used", memo[id(x)] is y[0], y[0] is not x)
print("memo_keepalive", isinstance(memo[id(memo)], list), len(memo[id(memo)]))
z = copy.deepcopy(x, memo)
print("memo_reuse", z is y[0])
atoms = copy.deepcopy((1, "a", None))
print("atoms_tuple", atoms)
memo2 = {}
copy.deepcopy((1, 2), memo2)
print("atom_tuple_not_memoized", len(memo2))


class Tracker:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print("  __deepcopy__ memo is dict:", type(memo).__name__)
        return Tracker(copy.deepcopy(self.v, memo))


tr = Tracker([1, 2])
c = copy.deepcopy({"t": tr})
print("custom_deep", c["t"].v, c["t"].v is tr.v)


class Holder:
    def method(self):
        return self


h = Holder()
bm = copy.deepcopy(h.method)
print("bound_method", bm() is h, type(bm()).__name__)
funcs = copy.deepcopy([len, Holder, copy.deepcopy])
print("atoms_in_list", funcs[0] is len, funcs[1] is Holder)
fs = frozenset([1, 2])
print("frozenset", copy.deepcopy(fs) == fs, sorted(copy.deepcopy(fs)))
sl = slice(1, [2])
c = copy.deepcopy(sl)
print("slice", c, c.stop is sl.stop)
s = {1, 2, 3}
print("set", sorted(copy.deepcopy(s)), copy.deepcopy(s) is s)
