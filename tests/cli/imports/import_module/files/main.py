import importlib, sys
m = importlib.import_module("m")
print(m.__name__, m is sys.modules["m"], importlib.import_module("m") is m)
leaf = importlib.import_module("pkg.sub.leaf")
print(leaf.__name__, "pkg" in globals())
print(importlib.import_module(".sub.leaf", package="pkg") is leaf)
print(importlib.import_module("..other", package="pkg.sub").__name__)
print(importlib.import_module(".", package="pkg.sub").__name__)
for name, package in (("nothere", None), ("pkg.nothere", None), (".x", None),
                      ("...x", "pkg.sub"), ("", None), (".nothere", "pkg")):
    try:
        importlib.import_module(name, package)
    except Exception as e:
        print(repr(name), repr(package), type(e).__name__, e)
