import sys
print(sys.argv[1:], sys.flags.dont_write_bytecode)
