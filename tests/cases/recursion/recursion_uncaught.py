def countdown(n):
    return n if n == 0 else countdown(n - 1)
print("shallow recursion fine", countdown(500))
try:
    countdown(10 ** 6)
except RecursionError as e:
    print("caught", type(e).__name__, e)
def walk(node):
    return walk(node)

print("starting infinite recursion")
walk(1)
