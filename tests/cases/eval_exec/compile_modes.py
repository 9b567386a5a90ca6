c1 = compile("x = 1", "<a>", "exec")
c2 = compile("x + 1", "<b>", "eval")
c3 = compile("x * 3", "<c>", "single")
print(type(c1).__name__, c1.co_filename, c2.co_filename)
ns = {}
exec(c1, ns)
print(eval(c2, ns))
exec(compile("print('single prints', 2 + 3)", "<s>", "single"))
exec(compile("7 * 6", "<s>", "single"))
exec(compile("None", "<s>", "single"))
for mode in ("exec", "eval", "single"):
    try:
        compile("if x:\n    y", "<f>", mode)
        print(mode, "compiled")
    except SyntaxError as e:
        print(mode, type(e).__name__, e.msg)
try:
    compile("1", "<f>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("1\x00", "<f>", "exec")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
try:
    compile("a b", "file.py", "exec")
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset, repr(e.text))
print(compile("pass", "<x>", "exec").co_name)
print(eval(compile("99", "<e>", "eval")))
print(compile("x = 1", "<flags>", "exec", dont_inherit=True).co_consts)
