import sys
sys.setrecursionlimit(60)
def depth(n):
    return depth(n + 1)
print("limit", sys.getrecursionlimit())
depth(0)
