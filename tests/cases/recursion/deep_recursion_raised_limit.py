import sys
sys.setrecursionlimit(200000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
try:
    print("result", depth(100000))
except RecursionError as e:
    print("RecursionError raised (acceptable)", e)
except MemoryError:
    print("MemoryError raised (acceptable)")
print("still alive")
