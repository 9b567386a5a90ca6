import sys, mod
print('built app runs', sys.argv[1:], mod.M)
