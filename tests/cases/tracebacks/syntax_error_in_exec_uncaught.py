for src in ["x = (1,", "def f(:\n  pass", "1 +", "x = [1, 2", "return 1", "a b c"]:
    try:
        compile(src, "<check>", "exec")
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
source = "x = 1\ny = (2 +\n"
print("compiling")
exec(source)
