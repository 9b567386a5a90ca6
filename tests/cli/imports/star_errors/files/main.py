for mod in ("missing", "notstr", "tup"):
    ns = {}
    try:
        exec("from %s import *" % mod, ns)
        print(mod, "ok", sorted(k for k in ns if k != "__builtins__"))
    except Exception as e:
        print(mod, type(e).__name__, e)
try:
    compile("def f():\n    from m import *\n", "<test>", "exec")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno)
