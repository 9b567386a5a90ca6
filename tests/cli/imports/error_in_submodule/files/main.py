import sys
try:
    import pkg.sub
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(sorted(k for k in sys.modules if k.startswith("pkg")), hasattr(sys.modules["pkg"], "sub"))
