# tuple.__getnewargs__ on tuples and subclasses, and its descriptor and argument errors.
t = (1, 2)
print(t.__getnewargs__(), tuple.__getnewargs__((3,)))
class T(tuple):
    pass
s = T([4, 5])
print(s.__getnewargs__(), type(s.__getnewargs__()[0]).__name__)
for f in [lambda: t.__getnewargs__(1), lambda: tuple.__getnewargs__([1]), lambda: tuple.__getnewargs__()]:
    try:
        f()
    except TypeError as e:
        print(e)
