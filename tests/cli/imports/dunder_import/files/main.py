top = __import__("pkg.sub")
print(top.__name__)
leaf = __import__("pkg.sub", fromlist=["X"])
print(leaf.__name__, leaf.X)
print(__import__("pkg", fromlist=["sub"]).sub.X)
import pkg.inner
for g in ({}, {"__name__": "top"}, {"__name__": "pkg.inner", "__package__": "pkg"}):
    try:
        print(__import__("sub", g, {}, [], 1).__name__)
    except Exception as e:
        print(type(e).__name__, e)
try:
    __import__("pkg", level=-1)
except ValueError as e:
    print(type(e).__name__, e)
