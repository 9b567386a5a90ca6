# runpy.run_module: a module, a package (its __main__), run_name, alter_sys (sys.argv[0] and a
# temporary sys.modules entry), init_globals, and the errors for what cannot be run.
import os, sys, tempfile, runpy

def write(root, rel, text=""):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

JOB = ("import sys\n"
       "SEEN = (__name__, __package__, __spec__.name, sys.argv[0].replace(%r, 'TMP'),\n"
       "        sys.modules.get(__name__) is not None and sys.modules[__name__].__dict__ is globals())\n"
       "print('job runs:', SEEN)\n")

with tempfile.TemporaryDirectory() as tmp:
    n = lambda v: v.replace(tmp, "TMP") if isinstance(v, str) else v
    write(tmp, "rm_pkg/__init__.py", "print('rm_pkg init')\n")
    write(tmp, "rm_pkg/job.py", JOB % tmp)
    write(tmp, "rm_pkg/__main__.py", "print('rm_pkg.__main__ runs as', __name__)\nMAIN = 1\n")
    write(tmp, "rm_nomain/__init__.py", "")
    write(tmp, "rm_deep/__init__.py", "")
    write(tmp, "rm_deep/__main__/__init__.py", "")
    write(tmp, "rm_plain.py", "VALUE = 'plain ' + __name__ + ' ' + str(globals().get('EXTRA'))\n")
    sys.path.insert(0, tmp)

    g = runpy.run_module("rm_pkg.job")
    print(g["SEEN"], n(g["__file__"]), n(g["__cached__"]).replace(sys.implementation.cache_tag, "TAG"))
    print(type(g["__loader__"]).__name__, g["__spec__"].name, "rm_pkg.job" in sys.modules)
    g = runpy.run_module("rm_pkg.job", run_name="__main__", alter_sys=True)
    print(g["SEEN"], sys.argv[0], sys.modules["__main__"].__dict__ is globals())
    g = runpy.run_module("rm_pkg.job", run_name="custom.name", alter_sys=True)
    print(g["SEEN"], "custom.name" in sys.modules)
    g = runpy.run_module("rm_pkg")
    print(g["MAIN"], g["__name__"], g["__spec__"].name, g["__package__"])
    g = runpy.run_module("rm_plain", init_globals={"EXTRA": 7, "VALUE": "replaced"})
    print(g["VALUE"], g["EXTRA"])

    for name in [".rm_plain", "rm_nothere", "rm_pkg.nothere", "rm_nothere.sub", "rm_plain.sub",
                 "rm_plain.py", "rm_nomain", "rm_deep", "rm_pkg.__main__.x", "__main__",
                 "sys"]:
        try:
            runpy.run_module(name)
            print(name, "ran")
        except ImportError as e:
            print(name, "->", type(e).__name__, n(str(e)))
    sys.path.remove(tmp)
