import sys, m
print(sys.flags.dont_write_bytecode, sys.dont_write_bytecode)
