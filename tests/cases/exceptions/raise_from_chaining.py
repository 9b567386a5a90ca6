def show(e):
    print(type(e).__name__, repr(str(e)), "cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError as inner:
        raise ValueError("wrapped") from inner
except ValueError as e:
    show(e)

try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("implicit")
except RuntimeError as e:
    show(e)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("suppressed") from None
except TypeError as e:
    show(e)

try:
    raise IndexError("explicit cause") from KeyError("k")
except IndexError as e:
    show(e)

try:
    raise ValueError from TypeError
except ValueError as e:
    show(e)

try:
    raise ValueError("bad cause") from 5
except TypeError as e:
    show(e)

try:
    try:
        raise KeyError("first")
    except KeyError:
        try:
            raise ValueError("second")
        except ValueError:
            raise TypeError("third")
except TypeError as e:
    show(e)
    show(e.__context__)

e = RuntimeError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__, repr(e.__cause__))
try:
    raise e
except RuntimeError as caught:
    show(caught)

def reraise_same():
    try:
        raise ValueError("same")
    except ValueError as err:
        raise err
try:
    reraise_same()
except ValueError as e:
    show(e)
