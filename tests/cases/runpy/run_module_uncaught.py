# runpy.run_module of a package without __main__, left uncaught.
import os, sys, tempfile, runpy

with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "bare_pkg"))
    with open(os.path.join(tmp, "bare_pkg", "__init__.py"), "w") as f:
        f.write("print('bare_pkg imported')\n")
    with open(os.path.join(tmp, "bare_pkg", "tool.py"), "w") as f:
        f.write("print('tool runs as', __name__)\n")
    sys.path.insert(0, tmp)
    print(sorted(runpy.run_module("bare_pkg.tool"))[:3])
    try:
        runpy.run_module("bare_pkg.absent")
    except ImportError as e:
        print("caught:", e)
    runpy.run_module("bare_pkg")
