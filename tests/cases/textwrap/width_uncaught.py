# textwrap: a zero width ends the program with an uncaught ValueError.
import textwrap

w = textwrap.TextWrapper(width=20)
print(w.wrap("first call works fine with this text"))
print("empty text", w.wrap(""), w.wrap("   "))
w.width = 0
print(w.wrap("now it fails"))
