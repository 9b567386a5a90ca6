import sys
print(__name__, repr(__package__), __spec__.name, __file__)
print(sys.argv)
print(sys.path[0])
print("mod" in sys.modules, sys.modules["__main__"].__name__)
print(sys.modules["__main__"].__spec__.name)
