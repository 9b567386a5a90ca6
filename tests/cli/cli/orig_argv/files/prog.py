import sys
print(sys.orig_argv[1:], sys.argv)
print(sys.orig_argv[0] == sys.executable)
