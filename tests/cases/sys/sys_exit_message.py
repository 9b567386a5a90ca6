import sys
try:
    sys.exit("caught message")
except SystemExit as e:
    print("caught", repr(e.code), repr(str(e)))
print("stderr is separate from stdout", sys.stderr is not sys.stdout)
print("about to exit with a message")
sys.exit("fatal: configuration missing")
