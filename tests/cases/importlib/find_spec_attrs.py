# importlib.util.find_spec: modules, packages and submodules found without running them
# (parents are imported), specs of modules already imported, and the errors.
import os, sys, tempfile
import importlib.util

def write(root, rel, text=""):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

def show(spec, tmp):
    if spec is None:
        print("   None")
        return
    tag = sys.implementation.cache_tag
    n = lambda p: p if not isinstance(p, str) else p.replace(tmp, "TMP").replace(tag, "TAG")
    locs = spec.submodule_search_locations
    print("  ", spec.name, n(spec.origin), repr(spec.parent), spec.has_location, n(spec.cached),
          None if locs is None else [n(p) for p in locs], type(spec.loader).__name__)

with tempfile.TemporaryDirectory() as tmp:
    write(tmp, "fs_mod.py", "print('fs_mod must not run')\n")
    write(tmp, "fs_pkg/__init__.py", "print('fs_pkg runs (a parent is imported)')\n")
    write(tmp, "fs_pkg/sub.py", "print('fs_pkg.sub must not run')\n")
    write(tmp, "fs_pkg/inner/__init__.py", "")
    write(tmp, "fs_data.txt", "not a module")
    sys.path.insert(0, tmp)

    print("fs_mod:"); show(importlib.util.find_spec("fs_mod"), tmp)
    print("fs_mod" in sys.modules)
    print("fs_pkg.sub:"); show(importlib.util.find_spec("fs_pkg.sub"), tmp)
    print("fs_pkg" in sys.modules, "fs_pkg.sub" in sys.modules)
    print("fs_pkg.inner:"); show(importlib.util.find_spec("fs_pkg.inner"), tmp)
    print("relative:"); show(importlib.util.find_spec(".sub", "fs_pkg"), tmp)
    print("imported fs_pkg:"); show(importlib.util.find_spec("fs_pkg"), tmp)
    print("missing:"); show(importlib.util.find_spec("fs_nothere"), tmp)
    show(importlib.util.find_spec("fs_pkg.nothere"), tmp)
    show(importlib.util.find_spec("fs_data"), tmp)
    print("builtin:"); show(importlib.util.find_spec("sys"), tmp)
    print(importlib.util.find_spec("sys").origin, importlib.util.find_spec("math").name)

    for name, package in [("fs_nothere.sub", None), ("fs_mod.sub", None), (".sub", None),
                          ("..sub", "fs_pkg"), ("__main__", None)]:
        try:
            importlib.util.find_spec(name, package)
        except Exception as e:
            print(type(e).__name__, e, getattr(e, "name", "-"))
    print("fs_mod" in sys.modules)

    class NoSpec:
        pass
    sys.modules["fs_nospec"] = NoSpec()
    sys.modules["fs_none"] = None
    sys.modules["fs_specnone"] = type(sys)("fs_specnone") if False else NoSpec()
    sys.modules["fs_specnone"].__spec__ = None
    for name in ("fs_nospec", "fs_none", "fs_specnone"):
        try:
            print(name, importlib.util.find_spec(name))
        except ValueError as e:
            print("ValueError", e)
    sys.path.remove(tmp)
