# textwrap.dedent and textwrap.indent.
import textwrap

block = """
    def f():
        return 1

    print(f())
"""
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent("  a\n    b\n  c")))
print(repr(textwrap.dedent("\ta\n\tb")))
print(repr(textwrap.dedent("  a\n\tb")))
print(repr(textwrap.dedent("   \n  a\n        \n  b\n")))
print(repr(textwrap.dedent("  \t a\n  \t b\n  \tc")))
print(repr(textwrap.dedent("no indent\n  some")))
print(repr(textwrap.dedent("")))
print(repr(textwrap.dedent("   ")))
print(repr(textwrap.dedent("  a\r\n  b\r\n")))
print(repr(textwrap.dedent("  x\n\n\n  y")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\n  \nb", "+ ")))
print(repr(textwrap.indent("a\nb", "  ", lambda line: line.startswith("b"))))
print(repr(textwrap.indent("x\r\ny\rz", "|")))
print(repr(textwrap.indent("", "> ")))
print(repr(textwrap.indent("a\n", "> ", lambda line: True)))
print(repr(textwrap.indent("\n\n", "*", lambda line: True)))
code = textwrap.dedent("""\
        if x:
            y = 1
        """)
print(code, end="")
print(textwrap.indent(code, "    "), end="")
