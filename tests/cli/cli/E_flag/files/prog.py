import sys
print(sys.flags.ignore_environment, sys.flags.dont_write_bytecode, sys.flags.optimize)
try:
    import hidden
except ImportError as e:
    print(type(e).__name__, e)
