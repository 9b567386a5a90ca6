import sys
try:
    import pkg.sub
except RuntimeError as e:
    print("RuntimeError", e)
print(sorted(k for k in sys.modules if k.startswith("pkg")))
