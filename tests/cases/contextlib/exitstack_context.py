# ExitStack: which exception escapes, and the __context__ chains it builds, when exit
# callbacks raise (they must look like nested with statements).
import sys
from contextlib import ExitStack


def chain(exc):
    names = []
    while exc is not None:
        names.append("%s(%s)" % (type(exc).__name__, exc))
        exc = exc.__context__
    return " <- ".join(names)


def raiser(exc):
    def callback(*details):
        print("  callback sees", details[0].__name__ if details[0] else None)
        raise exc
    return callback


def suppressor(*details):
    print("  suppressor sees", details[0].__name__ if details[0] else None)
    return True


def run(label, callbacks, body_exc=None, outer=None):
    def body():
        with ExitStack() as stack:
            for cb in callbacks:
                stack.push(cb)
            if body_exc is not None:
                raise body_exc
    try:
        if outer is None:
            body()
        else:
            try:
                raise outer
            except Exception:
                body()
        print(label, "nothing escaped")
    except Exception as e:
        print(label, chain(e))


run("two_raise", [raiser(KeyError("a")), raiser(IndexError("b"))], ValueError("body"))
run("raise_then_suppress", [raiser(KeyError("a")), suppressor], ValueError("body"))
run("suppress_then_raise", [suppressor, raiser(IndexError("b"))], ValueError("body"))
run("no_body_exc", [raiser(KeyError("a")), raiser(IndexError("b"))])
run("outer_exc", [raiser(KeyError("a")), raiser(IndexError("b"))], None, TypeError("outer"))
run("outer_and_body", [raiser(KeyError("a"))], ValueError("body"), TypeError("outer"))
run("three", [raiser(KeyError("a")), suppressor, raiser(IndexError("b"))], ValueError("body"))
print("exc_info_clear", sys.exc_info()[0])
