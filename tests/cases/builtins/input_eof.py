import sys
print("stdin isatty", sys.stdin.isatty())
try:
    line = input("prompt> ")
    print("got", repr(line))
except EOFError as e:
    print()
    print(type(e).__name__, repr(str(e)))
print("read", repr(sys.stdin.read()))
print("readline", repr(sys.stdin.readline()))
try:
    input()
except EOFError as e:
    print("again", type(e).__name__, e)
