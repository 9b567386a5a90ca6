ns = {}
exec("""
def add(a, b=10):
    return a + b

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

pts = [Point(i, i * i) for i in range(3)]
total = sum(add(p.x) for p in pts)
""", ns)
print(ns["add"](1), ns["pts"], ns["total"], ns["Point"].__module__, ns["add"].__module__)
print(sorted(k for k in ns if not k.startswith("__")))
g = {"__name__": "sandbox"}
exec("class K: pass\nname = K.__module__", g)
print(g["name"])
code = compile("result = [n * factor for n in range(4)]", "<gen>", "exec")
for factor in (1, 10):
    env = {"factor": factor}
    exec(code, env)
    print(env["result"])
src = "x = 1\nif x:\n    y = 2\nelse:\n    y = 3\n"
loc = {}
exec(src, {}, loc)
print(loc)
try:
    exec("return 5")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("def f():\n  yield\n  return\nprint(list(f()))\nnonlocal x")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
exec("print('nested exec:', eval('2 ** 8'))")
