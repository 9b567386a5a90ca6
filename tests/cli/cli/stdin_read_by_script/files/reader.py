import sys
print(repr(input()))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
