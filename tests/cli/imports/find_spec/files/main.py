import importlib.util, sys
s = importlib.util.find_spec("m")
print(s.name, s.origin, s.parent == "", "m" in sys.modules)
print(importlib.util.find_spec("nothere"))
s = importlib.util.find_spec("pkg.sub")
print(s.name, s.parent, s.origin, "pkg" in sys.modules)
print(importlib.util.find_spec("pkg.nothere"))
try:
    importlib.util.find_spec("nothere.sub")
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
print(importlib.util.find_spec(".sub", "pkg").name)
print(importlib.util.find_spec("sys").origin)
