import sys
try:
    import found
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, "extra")
import found
print(found.__file__)
sys.path.append("rel")
import relmod
print(relmod.__file__)
