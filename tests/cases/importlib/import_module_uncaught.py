# An import_module of a submodule under a plain module, left uncaught: the program ends with
# CPython's "is not a package" ModuleNotFoundError (the temp dir is removed on the way out).
import os, sys, tempfile, importlib

with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "plain_mod_u.py"), "w") as f:
        f.write("X = 1\n")
    sys.path.insert(0, tmp)
    m = importlib.import_module("plain_mod_u")
    print("imported", m.X)
    print(importlib.import_module("plain_mod_u") is m)
    try:
        importlib.import_module("plain_mod_u_missing")
    except ModuleNotFoundError as e:
        print("caught:", e)
    print("next: plain_mod_u.child")
    importlib.import_module("plain_mod_u.child")
print("not reached")
