# warnings.warn: the default text (file:line: Category: message + source line), stacklevel,
# categories, formatwarning/showwarning and their replacements.
import sys, os, warnings

class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def take(self):
        text = "".join(self.parts).replace(os.path.dirname(__file__) + os.sep, "DIR/")
        self.parts = []
        return text

err = Collect()
sys.stderr = err
warnings.simplefilter("always")

warnings.warn("plain message")
print("plain:", repr(err.take()))
warnings.warn("as runtime", RuntimeWarning)
print("category:", repr(err.take()))
warnings.warn(UserWarning("instance given"), DeprecationWarning)
print("instance:", repr(err.take()))
warnings.warn(123)
print("non-str:", repr(err.take()))

def inner(level):
    warnings.warn("from inner", stacklevel=level)

def outer(level):
    inner(level)  # the caller of inner

inner(1); print("level1:", repr(err.take()))
outer(2); print("level2:", repr(err.take()))
outer(3); print("level3:", repr(err.take()))
outer(0); print("level0:", repr(err.take()))
outer(50); print("level50:", repr(err.take()))

for bad in (int, 3, "x", None.__class__):
    try:
        warnings.warn("m", bad)
    except TypeError as e:
        print("TypeError", e)

print(repr(warnings.formatwarning("msg", UserWarning, "nofile.py", 3)))
print(repr(warnings.formatwarning("msg", FutureWarning, "x.py", 3, line="  code here  ")))
print(repr(warnings.formatwarning("msg", UserWarning, "x.py", 3, line="")))
print(repr(warnings.formatwarning(UserWarning("w"), UserWarning, "<string>", 1)))

class File:
    def write(self, s):
        print("File.write", repr(s))
warnings.showwarning("shown", SyntaxWarning, "f.py", 7, file=File(), line="x = 1")
warnings.showwarning("to stderr", UserWarning, "f.py", 8, line="")
print("showwarning:", repr(err.take()))

def my_format(message, category, filename, lineno, line=None):
    return "FMT[%s|%s|%s|%s|%r]\n" % (message, category.__name__, os.path.basename(filename), lineno, line)
warnings.formatwarning = my_format
warnings.warn("custom format")
print("formatted:", repr(err.take()))
warnings.formatwarning = warnings._formatwarning_orig

seen = []
def my_show(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, os.path.basename(filename), lineno, file, line))
warnings.showwarning = my_show
warnings.warn("custom show", ImportWarning)
print("shown:", seen, repr(err.take()))
warnings.showwarning = warnings._showwarning_orig

m = warnings.WarningMessage("msg", UserWarning, "f.py", 3)
print(str(m))
print(m.message, m.category.__name__, m.filename, m.lineno, m.file, m.line, m.source)
m = warnings.WarningMessage("msg", None, "f.py", 3, line="l")
print(str(m))
print(sorted(warnings.__all__))
sys.stderr = sys.__stderr__
