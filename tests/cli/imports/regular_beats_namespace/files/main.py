import pkg
print(pkg.__file__)
print(list(pkg.__path__))
try:
    import pkg.only_ns
except ImportError as e:
    print(type(e).__name__, e)
