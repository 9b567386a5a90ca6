# textwrap.wrap/fill on ordinary English text: widths, hyphens, long words, em-dashes.
import textwrap

text = ("The quick brown fox jumps over the lazy dog. A well-known, state-of-the-art "
        "e-mail client -- written by a self-taught programmer -- wraps text at "
        "word boundaries; supercalifragilisticexpialidocious words get broken.")
for width in (10, 15, 20, 33, 50, 70, 200):
    lines = textwrap.wrap(text, width)
    print(f"width {width}: {len(lines)} lines, longest {max(map(len, lines))}")
    for line in lines:
        print("  |" + line + "|")
print(textwrap.fill("Hello there, this is a short paragraph that needs filling.", 25))
print(repr(textwrap.fill("", 10)), textwrap.wrap("", 10), textwrap.wrap("   ", 10))
print(textwrap.wrap("one", 1))
print(textwrap.wrap("a b c d e f g", 3))
print(textwrap.wrap("hyphen-ated-words-in-a-row", 8))
print(textwrap.wrap("--leading dashes and trailing--", 9))
print(textwrap.wrap("x-ray e-mail a-b long--dash", 6))
print(textwrap.wrap("numbers 123-456 and 12ab-cd34 mixed", 10))
print(textwrap.wrap("Tabs\there\tand\nnewlines\nare\rspaces", 12))
print(textwrap.wrap("trailing spaces     ", 9))
print(textwrap.wrap("   leading spaces kept on first line", 12))
w = textwrap.TextWrapper(width=12)
print(w.wrap("reuse the same wrapper object twice"))
print(w.fill("and fill with it"))
for bad in (0, -5):
    try:
        textwrap.wrap("text", bad)
    except ValueError as e:
        print("error:", e)
