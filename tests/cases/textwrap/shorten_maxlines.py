# textwrap.shorten and max_lines/placeholder truncation.
import textwrap

text = "Hello  world!   This is a rather long sentence\nthat will be shortened."
for width in (5, 11, 12, 20, 30, 100):
    try:
        print(width, repr(textwrap.shorten(text, width)))
    except ValueError as e:
        print(width, "error:", e)
print(repr(textwrap.shorten("Hello world!", width=12)))
print(repr(textwrap.shorten("Hello world!", width=11)))
print(repr(textwrap.shorten("Hello world!", width=10, placeholder="...")))
print(repr(textwrap.shorten("   spaced    out   ", width=50)))
print(repr(textwrap.shorten("", width=5)))
print(repr(textwrap.shorten("supercalifragilistic", width=10)))
print(repr(textwrap.shorten("one two three four", 12, placeholder=" ->")))
para = ("Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
        "incididunt ut labore et dolore magna aliqua.")
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(para, 25, max_lines=n))
print(textwrap.wrap(para, 25, max_lines=2, placeholder=" [more]"))
print(textwrap.wrap("aaaa bbbb cccc dddd", 9, max_lines=2, placeholder="..."))
print(textwrap.wrap("aaaaaaaaaa bbbb", 9, max_lines=1, placeholder="..."))
print(textwrap.wrap("short text", 30, max_lines=1))
print(textwrap.fill(para, 30, max_lines=2, initial_indent="# ", subsequent_indent="# "))
for placeholder, width in ((" [...]", 4), ("       x", 6)):
    try:
        textwrap.wrap(para, width, max_lines=1, placeholder=placeholder)
    except ValueError as e:
        print("error:", e)
try:
    textwrap.shorten(para, 3)
except ValueError as e:
    print("shorten error:", e)
