import runpy, sys
g = runpy.run_path("other.py", init_globals={"GIVEN": 5})
print(g["RESULT"], g["__name__"])
g = runpy.run_path("other.py", run_name="__main__")
print(g["RESULT"])
g = runpy.run_module("pkg.job")
print(g["JOB"], g["__name__"], "pkg.job" in sys.modules)
g = runpy.run_module("pkg.job", run_name="__main__", alter_sys=True)
print(g["__name__"], sys.argv[0])
try:
    runpy.run_module("nothere")
except ImportError as e:
    print(type(e).__name__, e)
