# runpy.run_path on a .py file: the returned globals, init_globals, run_name, __file__ as
# given, sys.argv[0] and sys.modules[run_name] while it runs, and errors.
import os, sys, tempfile, runpy

with tempfile.TemporaryDirectory() as tmp:
    n = lambda v: v.replace(tmp, "TMP") if isinstance(v, str) else v
    script = os.path.join(tmp, "script.py")
    with open(script, "w") as f:
        f.write("import sys\n"
                "RESULT = __name__ + ' ' + str(globals().get('GIVEN'))\n"
                "ARGV0 = sys.argv[0]\n"
                "REGISTERED = sys.modules.get(__name__) is not None and sys.modules[__name__].__dict__ is globals()\n"
                "print('script runs as', __name__, 'package', repr(__package__), 'spec', __spec__)\n"
                "def f():\n    return RESULT\n")
    g = runpy.run_path(script)
    print(n(g["RESULT"]), n(g["__file__"]), g["__loader__"], g["__cached__"], g["__doc__"])
    print(sorted(k for k in g if k.startswith("__") and k != "__builtins__"))
    print(n(g["ARGV0"]), g["REGISTERED"], "<run_path>" in sys.modules, sys.argv[0] == "run_path_file.py")
    print(g["f"](), g["f"].__globals__ is g)

    g = runpy.run_path(script, init_globals={"GIVEN": 5, "__name__": "overridden"})
    print(g["RESULT"], g["GIVEN"])
    g = runpy.run_path(script, run_name="pkg.custom")
    print(g["RESULT"], repr(g["__package__"]), "pkg.custom" in sys.modules)
    g = runpy.run_path(script, run_name="__main__")
    print(g["RESULT"], sys.modules["__main__"].__dict__ is globals())

    os.chdir(tmp)
    g = runpy.run_path("script.py")
    print(g["__file__"], g["ARGV0"])

    with open("fails.py", "w") as f:
        f.write("X = 1\nraise KeyError('inside the script')\n")
    try:
        runpy.run_path("fails.py")
    except KeyError as e:
        print("KeyError", e, "<run_path>" in sys.modules)
    with open("bad_syntax.py", "w") as f:
        f.write("def f(:\n")
    try:
        runpy.run_path("bad_syntax.py")
    except SyntaxError as e:
        print("SyntaxError", e.filename, e.lineno)
    for missing in ("nothere.py", os.path.join(tmp, "nothere.py")):
        try:
            runpy.run_path(missing)
        except OSError as e:
            print(type(e).__name__, e.errno, n(e.filename))
    os.chdir(os.path.dirname(os.path.abspath(__file__)))
