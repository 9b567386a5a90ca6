import sys
try:
    import a.b
except ModuleNotFoundError as e:
    print("ModuleNotFoundError", e)
print(sorted(k for k in sys.modules if k == "a" or k.startswith("a.")))
print(hasattr(sys.modules["a"], "b"))
