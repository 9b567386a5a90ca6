try:
    try:
        raise ValueError("first")
    except ValueError as first:
        second = TypeError("second")
        second.__context__ = None
        raise second
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
e = ValueError("v")
print(e.__context__, e.__cause__, e.__suppress_context__)
e.__suppress_context__ = True
print(e.__suppress_context__)
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    e.__context__ = 5
except TypeError as err:
    print(type(err).__name__, err)
def cycle():
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise a
        except KeyError as again:
            return again is a, again.__context__
print(cycle())
try:
    try:
        raise OSError("inner")
    finally:
        print("  finally while OSError in flight")
except OSError as e:
    print("context of propagated:", e.__context__)
