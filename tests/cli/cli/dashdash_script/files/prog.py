import sys
print(sys.argv, sys.flags.dont_write_bytecode)
