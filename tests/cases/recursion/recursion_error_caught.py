import sys
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def count_depth():
    depth = 0
    def inner():
        nonlocal depth
        depth += 1
        inner()
    try:
        inner()
    except RecursionError:
        pass
    return depth
d = count_depth()
print("depth near limit", 900 < d <= sys.getrecursionlimit())
sys.setrecursionlimit(200)
d2 = count_depth()
print("lower limit", 150 < d2 <= 200)
sys.setrecursionlimit(1000)
class Node:
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        return 1 + (self.child.depth() if self.child else 0)
n = None
for _ in range(500):
    n = Node(n)
print("500 deep method ok", n.depth())
for _ in range(2000):
    n = Node(n)
try:
    n.depth()
except RecursionError as e:
    print("2500 deep method", type(e).__name__)
print("recovered, can still call", down.__name__, sum(range(10)))
