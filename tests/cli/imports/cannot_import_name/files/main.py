import os
cwd = os.getcwd()
def attempt(code):
    try:
        exec(code, {})
    except ImportError as e:
        print("%-30s %s | %s | name=%r path=%r" % (code, type(e).__name__, e, e.name, e.path))
attempt("from m import missing")
attempt("from pkg import missing")
attempt("from ns import missing")
attempt("from sys import missing")
attempt("from m import present, missing")
