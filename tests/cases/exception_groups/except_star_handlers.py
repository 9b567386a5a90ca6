# except* with several handlers: which parts each handler sees, ordering, else/finally, binding.
import sys

def parts(g):
    return sorted(repr(e) for e in g.exceptions)

def dispatch(eg):
    try:
        raise eg
    except* (KeyError, IndexError) as g:
        print("  lookup handler:", type(g).__name__, g.message, parts(g))
    except* ValueError as g:
        print("  value handler:", parts(g))
    except* ArithmeticError as g:
        print("  arithmetic handler:", parts(g))
    except* Exception as g:
        print("  catch-all handler:", parts(g))
    else:
        print("  else (never with a raise)")
    finally:
        print("  finally")

print("mixed group:")
dispatch(ExceptionGroup("mixed", [KeyError("k"), ValueError("v"), ZeroDivisionError("z"),
                                  IndexError("i"), OSError("o"), ValueError("w")]))
print("only values:")
dispatch(ExceptionGroup("values", [ValueError(1), ValueError(2)]))
print("naked exception:")
dispatch(OverflowError("naked"))

print("first matching handler takes everything it matches:")
try:
    raise ExceptionGroup("g", [ZeroDivisionError(), OverflowError(), ArithmeticError()])
except* ArithmeticError as g:
    print("  arithmetic:", [type(e).__name__ for e in g.exceptions])
except* ZeroDivisionError:
    print("  never reached")

print("nested structure preserved in the handler:")
try:
    raise ExceptionGroup("top", [ValueError(1), ExceptionGroup("mid", [ValueError(2), TypeError(3)])])
except* ValueError as g:
    print("  ", repr(g))
except* TypeError as g:
    print("  ", repr(g))

print("else and finally without an exception:")
try:
    pass
except* ValueError:
    print("  no")
else:
    print("  else runs")
finally:
    print("  finally runs")

print("exc_info and the bound name:")
try:
    raise ExceptionGroup("info", [KeyError("a")])
except* KeyError as g:
    info = sys.exc_info()
    print("  exc_info type:", info[0].__name__, info[1] is g)
try:
    g
except NameError as e:
    print("  after handler:", type(e).__name__, e)

print("except* ExceptionGroup is rejected at run time:")
for cond in (ExceptionGroup, (ValueError, BaseExceptionGroup)):
    try:
        try:
            raise ValueError("x")
        except* cond:
            print("  no")
    except TypeError as e:
        print("  ", type(e).__name__, e)

print("invalid handler type:")
try:
    try:
        raise ExceptionGroup("g", [ValueError()])
    except* 42:
        pass
except TypeError as e:
    print("  ", type(e).__name__, e)

print("unhandled parts propagate as a group with the original message:")
try:
    try:
        raise ExceptionGroup("keep", [KeyError(1), ValueError(2), KeyError(3)])
    except* ValueError:
        print("  handled value")
except ExceptionGroup as rest:
    print("  rest:", repr(rest))

print("BaseExceptionGroup parts:")
try:
    try:
        raise BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError("v")])
    except* ValueError:
        print("  handled value")
except BaseExceptionGroup as rest:
    print("  rest:", repr(rest), type(rest).__name__)
