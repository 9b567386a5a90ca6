print(eval("1 + 2 * 3"))
print(eval("[x * x for x in range(4)]"))
x = 10
print(eval("x + 1"))
print(eval("x + y", {"x": 1, "y": 2}))
print(eval("x + y", {"x": 1}, {"y": 5}))
print(eval("  42  "))
print(eval("'a' 'b'"))
print(eval("len", {}) is len)
print(eval("__builtins__ is not None", {}))
try:
    eval("len", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
try:
    eval("1 / 0")
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    eval(42)
except TypeError as e:
    print(type(e).__name__, e)
print(eval(b"3 * 3"))
code = compile("a * 2", "<expr>", "eval")
print(eval(code, {"a": 21}))
print(eval("lambda q: q + 1")(1))
ns = {}
print(eval("(z := 5) + 1", ns), ns["z"])
def f():
    local_v = "local"
    return eval("local_v")
print(f())
print(eval("dict(a=1)"))
print(type(eval("1,")).__name__)
