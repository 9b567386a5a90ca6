# Making objects through the types' constructors.
import types

mp = types.MappingProxyType({"a": 1, "b": 2})
print("proxy", mp, mp["a"], len(mp), list(mp), "a" in mp, mp.get("z", 0))
try:
    mp["c"] = 3
except TypeError as e:
    print("proxy set", e)
try:
    types.MappingProxyType([1, 2])
except TypeError as e:
    print("proxy list", e)
src = {"k": 1}
live = types.MappingProxyType(src)
src["k2"] = 2
print("proxy live", live, live.copy() == src, type(live.copy()).__name__)

m = types.ModuleType("made", "its doc")
print("module", m, m.__name__, m.__doc__, sorted(vars(m)))
m.x = 5
print("module attr", m.x, isinstance(m, types.ModuleType))
print("module nodoc", types.ModuleType("bare").__doc__)
try:
    types.ModuleType(5)
except TypeError as e:
    print("module int", e)

c = types.CellType(3)
print("cell", c.cell_contents)
c.cell_contents = 4
print("cell set", c.cell_contents)
try:
    types.CellType().cell_contents
except ValueError as e:
    print("empty cell", e)


def add(a, b=2):
    return a + b


clone = types.FunctionType(add.__code__, {}, "clone", (10, 20))
print("function", clone.__name__, clone(1), clone())
print("code", add.__code__.co_name, add.__code__.co_argcount, add.__code__.co_varnames)
