import sys
print(sys.argv[0], __file__, sys.path[0])
