exprs = ["1 + 1", "'ab' * 3", "[1, 2][-1]", "{'a': 1}['a']", "(lambda x: x * 2)(21)", "not True", "1 if 0 else 2",
         "sum(range(5))", "len('héllo')", "3 > 2 > 1", "2 ** -1", "divmod(7, 2)", "'x'.join('abc')", "{1, 2} | {3}",
         "[*range(3), *'ab']", "{**{'k': 1}}", "f'{1 + 1}'", "0x10 + 0o10 + 0b10", "1_000 + 1", "...", "None",
         "(1, 2) + (3,)", "b'a' + b'b'", "type(1.5).__name__", "abs(-3 + 4j)", "[x for x in 'hi']"]
for e in exprs:
    print(f"{e!r:30} -> {eval(e)!r}")
bad = ["1 +", "x y", "import os", "def f(): pass", "1 = 1", "(", "'unterminated"]
for e in bad:
    try:
        eval(e)
    except SyntaxError as err:
        print(f"{e!r:20} SyntaxError: {err.msg}")
print(eval("a + b", {"a": 1, "b": 2}), eval("a + b", {"a": 1}, {"b": 20}), eval("__builtins__ is not None"))
