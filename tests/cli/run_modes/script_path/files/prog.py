import sys
print(sys.argv)
print(__file__)
print(sys.path[0])
print(__name__)
