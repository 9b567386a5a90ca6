import sys, helper
print(__name__, __file__, sys.argv, sys.path[0], __spec__.name)
print(helper.__file__)
