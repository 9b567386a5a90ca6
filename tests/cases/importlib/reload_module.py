# importlib.reload: the module's code runs again in the same module object; names it no longer
# defines stay; packages' submodules; errors for things that are not loaded modules.
import os, sys, tempfile, importlib

def write(path, text):
    with open(path, "w") as f:
        f.write(text)

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    src = os.path.join(tmp, "rl_mod.py")
    write(src, "COUNT = 1\nOLD = 'old'\nprint('rl_mod runs, COUNT =', COUNT)\n"
               "def get():\n    return COUNT\n")
    import rl_mod
    keep = rl_mod
    old_get = rl_mod.get
    rl_mod.ADDED = "set from outside"
    write(src, "COUNT = 22\nNEW = 'new'\nprint('rl_mod runs again, COUNT =', COUNT)\n"
               "def get():\n    return COUNT * 2\n")
    r = importlib.reload(rl_mod)
    print(r is keep, rl_mod.COUNT, rl_mod.NEW, rl_mod.OLD, rl_mod.ADDED)
    print(rl_mod.get(), old_get(), old_get is rl_mod.get)
    print(rl_mod.__name__, rl_mod.__spec__.name, rl_mod.__file__ == src)

    os.mkdir(os.path.join(tmp, "rl_pkg"))
    write(os.path.join(tmp, "rl_pkg", "__init__.py"), "print('rl_pkg init')\n")
    write(os.path.join(tmp, "rl_pkg", "part.py"), "P = 1\nprint('part runs', __name__, __package__)\n")
    import rl_pkg.part
    write(os.path.join(tmp, "rl_pkg", "part.py"), "P = 2\nprint('part runs again', __name__)\n")
    print(importlib.reload(rl_pkg.part).P, rl_pkg.part.P)
    print(importlib.reload(rl_pkg) is rl_pkg)

    saved = sys.modules.pop("rl_pkg")
    try:
        importlib.reload(rl_pkg.part)
    except ImportError as e:
        print("ImportError", e, e.name)
    sys.modules["rl_pkg"] = saved

    del sys.modules["rl_mod"]
    try:
        importlib.reload(rl_mod)
    except ImportError as e:
        print("ImportError", e, e.name)
    sys.modules["rl_mod"] = rl_mod
    os.remove(src)
    try:
        importlib.reload(rl_mod)
    except ModuleNotFoundError as e:
        print("ModuleNotFoundError", e, e.name)

    write(src, "COUNT = 3\nraise RuntimeError('fails on reload')\n")
    try:
        importlib.reload(rl_mod)
    except RuntimeError as e:
        print("RuntimeError", e, rl_mod.COUNT, "rl_mod" in sys.modules)

    for bad in ("rl_mod", 3, None, int):
        try:
            importlib.reload(bad)
        except Exception as e:
            print(type(e).__name__, e)
    import math
    print(importlib.reload(sys) is sys, importlib.reload(math) is math, math.sqrt(9))
    sys.path.remove(tmp)
