try:
    import pkg.mod.attr
except ImportError as e:
    print(type(e).__name__, e)
import pkg.mod
print(pkg.mod.attr)
