'''The docstring.'''
import sys
print("__name__", __name__)
print("__package__", __package__)
print("__spec__", __spec__)
print("__file__", __file__)
print("__doc__", __doc__)
print("__builtins__", __builtins__.__name__)
print("__cached__" in globals())
print("loader", type(__loader__).__name__, __loader__.name, __loader__.path)
print("sys.modules['__main__'] is this", sys.modules["__main__"] is sys.modules[__name__])
print(sorted(globals()))
