# textwrap.TextWrapper options: indents, tabs, whitespace, sentences, long words, hyphens.
import textwrap

para = "Mr. Smith went to Washington.  He said: \"hi!\" Then he left. It was fun? Yes."
print(textwrap.wrap(para, 30, fix_sentence_endings=True))
print(textwrap.wrap("End. Start 'quoted.' Next A. B", 80, fix_sentence_endings=True))
print(textwrap.fill("A list of items that goes on and on and on for a while.", 24,
                    initial_indent="* ", subsequent_indent="  "))
print(textwrap.fill("Quoted reply text that is long enough to wrap twice over.", 20,
                    initial_indent="> ", subsequent_indent="> "))
print(textwrap.wrap("a\tb\tc", 80))
print(textwrap.wrap("a\tb\tc", 80, tabsize=4))
print(textwrap.wrap("a\tb\tc", 80, expand_tabs=False))
print(textwrap.wrap("a\tb\tc", 80, expand_tabs=False, replace_whitespace=False))
print(textwrap.wrap("line one\nline two", 80, replace_whitespace=False))
print(textwrap.wrap("  keep   the   spaces  ", 10, drop_whitespace=False))
print(textwrap.wrap("  keep   the   spaces  ", 10))
long_word = "antidisestablishmentarianism"
print(textwrap.wrap("short " + long_word + " end", 10))
print(textwrap.wrap("short " + long_word + " end", 10, break_long_words=False))
print(textwrap.wrap("a-very-long-hyphenated-identifier here", 12))
print(textwrap.wrap("a-very-long-hyphenated-identifier here", 12, break_on_hyphens=False))
print(textwrap.wrap("well-known fact", 7, break_on_hyphens=False))
print(textwrap.wrap("well-known fact", 7))
print(textwrap.wrap("abc", 5, initial_indent="123456"))
print(textwrap.wrap("one two three", 5, subsequent_indent="    "))
w = textwrap.TextWrapper(width=15, initial_indent="- ")
w.width = 8
print(w.wrap("attributes can change after creation"))
print(w.wrap("   "))
print(textwrap.TextWrapper().width, textwrap.TextWrapper().placeholder)
