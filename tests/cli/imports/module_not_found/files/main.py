def attempt(code):
    try:
        exec(code, {})
    except ImportError as e:
        print("%-28s %s | %s | name=%r path=%r" % (code, type(e).__name__, e, e.name, e.path))
    except Exception as e:
        print("%-28s %s | %s" % (code, type(e).__name__, e))
attempt("import nothere")
attempt("import nothere.sub")
attempt("import pkg.nothere")
attempt("import m.sub")
attempt("from nothere import x")
attempt("from pkg.nothere import x")
attempt("import M")
attempt("__import__('')")
print(issubclass(ModuleNotFoundError, ImportError))
