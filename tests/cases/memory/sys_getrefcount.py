# sys.getrefcount counts the argument's own reference, as CPython's does, and follows
# names, containers, attributes and function arguments as they come and go.
import sys


class Box:
    pass


x = []
print("bound once", sys.getrefcount(x))
y = x
print("bound twice", sys.getrefcount(x))
del y
print("unbound again", sys.getrefcount(x))


def f(a):
    return sys.getrefcount(a)


print("inside a call", f(x))
print("temporary", sys.getrefcount(object()))
l = [x, x, x]
print("in a list three times", sys.getrefcount(x))
l.clear()
print("list cleared", sys.getrefcount(x))
b = Box()
b.attr = x
d = {"k": x}
print("attribute and dict value", sys.getrefcount(x))
del b, d
print("holders gone", sys.getrefcount(x))
t = (x,)
print("in a tuple", sys.getrefcount(x))
print("sizes ordered", sys.getsizeof([]) < sys.getsizeof([1, 2, 3]), sys.getsizeof("ab") < sys.getsizeof("abcdef"))
