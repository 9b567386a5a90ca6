# importlib.import_module: absolute and relative names (package=), the module returned (not
# the top-level package), sys.modules caching, and its errors; modules live in a temp dir.
import os, sys, tempfile, importlib

def write(root, rel, text=""):
    path = os.path.join(root, *rel.split("/"))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)

with tempfile.TemporaryDirectory() as tmp:
    write(tmp, "imp_top.py", "print('imp_top runs')\nVALUE = 1\n")
    write(tmp, "imp_pkg/__init__.py", "print('imp_pkg runs')\n")
    write(tmp, "imp_pkg/sibling.py", "print('sibling runs as', __name__, __package__)\n")
    write(tmp, "imp_pkg/sub/__init__.py", "")
    write(tmp, "imp_pkg/sub/leaf.py", "from .. import sibling\nfrom . import helper\nLEAF = helper.H + 1\n")
    write(tmp, "imp_pkg/sub/helper.py", "H = 41\n")
    write(tmp, "imp_bad.py", "print('imp_bad starts')\nraise ValueError('broken module')\n")
    write(tmp, "imp_dash-name.py", "print('dashed', __name__)\n")
    sys.path.insert(0, tmp)

    m = importlib.import_module("imp_top")
    print(m.__name__, m.VALUE, m is sys.modules["imp_top"], importlib.import_module("imp_top") is m)
    leaf = importlib.import_module("imp_pkg.sub.leaf")
    print(leaf.__name__, leaf.LEAF, "imp_pkg" in globals(), "imp_pkg.sub" in sys.modules)
    print(importlib.import_module(".sub.leaf", package="imp_pkg") is leaf)
    print(importlib.import_module("..sibling", "imp_pkg.sub").__name__)
    print(importlib.import_module(".", "imp_pkg.sub").__name__)
    print(importlib.import_module("...", "imp_pkg.sub.leaf").__name__)
    print(importlib.import_module("imp_dash-name").__name__)

    cases = [("imp_nothere", None), ("imp_pkg.nothere", None), (".x", None), (".x", ""),
             ("...x", "imp_pkg.sub"), ("", None), (".nothere", "imp_pkg"),
             ("imp_top.sub", None), (".x", 5), ("imp_bad", None), ("imp_bad", None)]
    for name, package in cases:
        try:
            importlib.import_module(name, package)
            print(repr(name), "imported?")
        except Exception as e:
            print(repr(name), repr(package), type(e).__name__, e, getattr(e, "name", "-"))
    print("imp_bad" in sys.modules)
    for bad in (3, None, b"imp_top"):
        try:
            importlib.import_module(bad)
        except Exception as e:
            print(type(e).__name__, e)

    sys.modules["imp_blocked"] = None
    try:
        importlib.import_module("imp_blocked")
    except ImportError as e:
        print(type(e).__name__, e)
    del sys.modules["imp_blocked"]
    sys.modules["imp_fake"] = "a string stands in"
    print(importlib.import_module("imp_fake"))
    del sys.modules["imp_fake"]
    print(sorted(importlib.__all__))
    sys.path.remove(tmp)
