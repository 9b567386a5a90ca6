ns = {}
exec("a = 1\nb = a + 1\ndef f(x):\n    return x * b\n", ns)
print(ns["a"], ns["b"], ns["f"](5))
print("builtins added", "__builtins__" in ns)
print(exec("1 + 1"))
g = {}
l = {}
exec("v = 3\nw = v * 2", g, l)
print("globals", sorted(k for k in g if k != "__builtins__"), "locals", l)
exec("counter_x = 100")
print(counter_x)
code = compile("for i in range(3):\n    print('loop', i)\n", "<prog>", "exec")
exec(code)
src = """
class K:
    def hello(self):
        return 'hello from exec class'
result = K().hello()
"""
env = {}
exec(src, env)
print(env["result"], env["K"].__module__ if "__name__" in env else env["K"].__module__)
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
try:
    exec("raise KeyError('from exec')")
except KeyError as e:
    print(type(e).__name__, e)
def in_func():
    exec("inner_var = 1")
    return "inner_var" in locals()
print("exec locals in function", in_func())
def uses_dict():
    d = {}
    exec("q = 7", globals(), d)
    return d["q"]
print(uses_dict())
exec("import math as _m; print('math in exec', _m.floor(2.5))")
exec("print(__name__)", {"__name__": "custom"})
