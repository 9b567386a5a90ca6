code = compile("x * 2 + 1", "<expr>", "eval")
print(type(code).__name__, code.co_name, code.co_filename, code.co_names)
print([eval(code, {"x": v}) for v in range(4)])
mod = compile("a = 1\nb = a + 1\n", "<module>", "exec")
print(mod.co_name, sorted(mod.co_names), mod.co_filename)
ns = {}
exec(mod, ns)
print(ns["a"], ns["b"])
fn_src = compile("def f(p, q=2):\n    r = p * q\n    return r\n", "<fn>", "exec")
ns2 = {}
exec(fn_src, ns2)
f = ns2["f"]
print(f(3), f.__code__.co_varnames, f.__code__.co_filename, f.__code__.co_firstlineno, f.__defaults__)
single = compile("1 + 2", "<single>", "single")
exec(single)
try:
    compile("x = ", "<bad>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    compile(b"\xff = 1", "<bytes>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(eval(compile("'bytes source'", "<b>", "eval")), eval(compile(b"40 + 2", "<b>", "eval")))
c1 = compile("1", "<same>", "eval")
c2 = compile("1", "<same>", "eval")
print(c1 == c2, eval(c1) == eval(c2))
