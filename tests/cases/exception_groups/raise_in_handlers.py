# Raising inside except* handlers: new exceptions, raise ... from, bare raise, chaining of the result.

def shape(e):
    if isinstance(e, BaseExceptionGroup):
        return f"{type(e).__name__}({e.message!r}, [{', '.join(shape(x) for x in e.exceptions)}])"
    return repr(e)

def run(label, fn):
    print(label)
    try:
        fn()
    except BaseException as e:
        print("  escaped:", shape(e))
        if isinstance(e, BaseExceptionGroup):
            for sub in e.exceptions:
                print("   ", shape(sub), "| cause:", shape(sub.__cause__) if sub.__cause__ else None,
                      "| context:", shape(sub.__context__) if sub.__context__ else None)
        else:
            print("  context:", shape(e.__context__) if e.__context__ else None)
    else:
        print("  nothing escaped")

def two_new():
    try:
        raise ExceptionGroup("src", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise RuntimeError("from value handler")
    except* TypeError:
        raise LookupError("from type handler")
run("two handlers raise:", two_new)

def raise_from():
    try:
        raise ExceptionGroup("src", [ValueError("v")])
    except* ValueError as g:
        raise KeyError("wrapped") from g.exceptions[0]
run("raise from a leaf:", raise_from)

def reraise_and_unhandled():
    try:
        raise ExceptionGroup("src", [ValueError("v"), TypeError("t"), OSError("o")])
    except* ValueError:
        raise
    except* TypeError:
        pass
run("bare raise plus unhandled:", reraise_and_unhandled)

def reraise_all():
    try:
        raise ExceptionGroup("src", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise
    except* TypeError:
        raise
run("both re-raised keep the original group:", reraise_all)

def raise_caught_object():
    try:
        raise ExceptionGroup("src", [ValueError("v")])
    except* ValueError as g:
        raise g
run("raise the bound group explicitly:", raise_caught_object)

def raise_group_inside():
    try:
        raise ExceptionGroup("src", [ValueError("v"), TypeError("t")])
    except* ValueError:
        raise ExceptionGroup("new group", [IndexError("i")])
run("a handler raises a new group:", raise_group_inside)

def naked_reraise():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise
run("naked exception re-raised comes out wrapped:", naked_reraise)

def naked_new():
    try:
        raise ValueError("naked")
    except* ValueError:
        raise TypeError("replacement")
run("naked exception replaced:", naked_new)

def handled_inside():
    try:
        raise ExceptionGroup("src", [ValueError("v")])
    except* ValueError:
        try:
            raise KeyError("inner")
        except KeyError:
            print("  inner exception handled inside the handler")
run("exception handled inside a handler:", handled_inside)

def nested_except_star():
    try:
        try:
            raise ExceptionGroup("deep", [ValueError(1), TypeError(2), KeyError(3)])
        except* ValueError:
            raise OSError("retry failed")
    except* OSError as g:
        print("  outer caught:", shape(g))
    except* TypeError as g:
        print("  outer type:", shape(g))
run("nested except* levels:", nested_except_star)

def finally_runs():
    try:
        raise ExceptionGroup("src", [ValueError("v")])
    except* ValueError:
        raise ZeroDivisionError("late")
    finally:
        print("  finally ran before propagation")
run("finally with a raising handler:", finally_runs)
