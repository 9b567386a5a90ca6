import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, tb.tb_lineno, sys.exception() is v)
    try:
        raise ValueError("nested")
    except ValueError:
        print("nested", sys.exc_info()[0].__name__)
    print("restored", sys.exc_info()[0].__name__)
print("after", sys.exc_info(), sys.exception())
def gen():
    try:
        raise IndexError("in gen")
    except IndexError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
g = gen()
print(next(g), sys.exc_info()[0])
print(next(g))
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next, e.with_traceback(None) is e, e.__traceback__)
