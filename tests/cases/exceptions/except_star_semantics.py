# except* in depth: splitting, wrapping, re-raising, raising new exceptions, what leaves.
import sys


def show(label, e):
    def shape(x):
        if isinstance(x, BaseExceptionGroup):
            return f"{type(x).__name__}({x.message!r}, [{', '.join(shape(s) for s in x.exceptions)}])"
        return repr(x)
    print(label, shape(e))


def run(fn):
    try:
        fn()
    except BaseException as e:
        show("  escaped:", e)
        print("  cause/context:", type(e.__cause__).__name__, type(e.__context__).__name__)
    else:
        print("  nothing escaped")


def all_handled():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as g:
        show("  value part:", g)
        print("  exc_info is the part:", sys.exc_info()[1] is g)
    except* TypeError as g:
        show("  type part:", g)


def rest_escapes():
    try:
        raise ExceptionGroup("eg", [ValueError(1), KeyError(2), OSError(3)])
    except* ValueError:
        print("  handled values")


def bare_reraise():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        print("  re-raising values")
        raise
    except* TypeError:
        print("  handled types")


def raise_new():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("from handler")
    except* TypeError:
        print("  handled types")


def raise_new_and_rest():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("new")
    except* TypeError:
        raise


def naked_unmatched():
    try:
        raise KeyError("k")
    except* ValueError:
        print("  not here")


def naked_raise_new():
    try:
        raise ValueError("v")
    except* ValueError as g:
        show("  wrapped:", g)
        raise IndexError("replaced")


def nested_groups():
    try:
        raise ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), KeyError(4)])
    except* (ValueError, KeyError) as g:
        show("  matched:", g)


def tuple_and_else():
    try:
        pass
    except* ValueError:
        print("  no")
    else:
        print("  else ran")
    finally:
        print("  finally ran")


def with_finally():
    try:
        raise ExceptionGroup("eg", [ValueError(1), OSError(2)])
    except* ValueError:
        print("  handled value")
    finally:
        print("  finally ran")


for f in [all_handled, rest_escapes, bare_reraise, raise_new, raise_new_and_rest,
          naked_unmatched, naked_raise_new, nested_groups, tuple_and_else, with_finally]:
    print(f.__name__)
    run(f)

for bad in [ExceptionGroup, (ValueError, ExceptionGroup), int]:
    try:
        try:
            raise ValueError
        except* bad:
            pass
    except TypeError as e:
        print("TypeError:", e)

for src in ["for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
            "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
            "try:\n    pass\nexcept* ValueError:\n    for x in y:\n        break\n"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
