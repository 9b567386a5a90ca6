# string constants and capwords.
import string

for name in ["whitespace", "ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits",
             "hexdigits", "octdigits", "punctuation", "printable"]:
    value = getattr(string, name)
    print(name, len(value), repr(value))
print("printable_order", string.printable == string.digits + string.ascii_letters
      + string.punctuation + string.whitespace)
print("all", string.__all__)
print("letters_sorted", "".join(sorted(string.ascii_letters)) == string.ascii_uppercase
      + string.ascii_lowercase)
print("hex_check", all(c in string.hexdigits for c in "deadBEEF09"), "g" in string.hexdigits)
print("punct_count", sum(1 for c in "Hello, World! (yes)..." if c in string.punctuation))

for text in ["hello world", "  leading and   multiple   spaces  ", "ALREADY UPPER",
             "mIxEd cAsE", "tab\tseparated\nlines", "", "   ", "o'neil mc-donald",
             "élan vital", "123abc def"]:
    print("capwords", repr(text), repr(string.capwords(text)))
print("sep", repr(string.capwords("a-b--c", "-")), repr(string.capwords("x,y", ",")))
print("sep_space", repr(string.capwords(" a  b ", " ")))
print("sep_none", repr(string.capwords("a b", None)))
try:
    string.capwords("a b", "")
except ValueError as e:
    print("empty_sep", e)
try:
    string.capwords(5)
except AttributeError as e:
    print("not_str", e)
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[13:]
                      + string.ascii_lowercase[:13])
print("rot13", "hello".translate(table))

# keyword: the reserved-word lists used alongside identifier checks.
import keyword

print("kwlist", len(keyword.kwlist), keyword.kwlist[:5], keyword.kwlist[-3:])
print("softkwlist", keyword.softkwlist, keyword.__all__)
for word in ["if", "match", "case", "_", "print", "None", "none", "async", "type"]:
    print("kw", word, keyword.iskeyword(word), keyword.issoftkeyword(word),
          word.isidentifier() and not keyword.iskeyword(word))
print("sorted", keyword.kwlist == sorted(keyword.kwlist))
try:
    keyword.iskeyword(["if"])
except TypeError as e:
    print("unhashable", e)
