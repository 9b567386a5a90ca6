# warn_explicit (module name from the file name, registry, module_globals with a loader) and
# what happens when warnings.filters, defaultaction or showwarning hold the wrong thing.
import warnings

shown = []
def show(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, filename, lineno, line))
warnings.showwarning = show
warnings.simplefilter("always")

warnings.warn_explicit("m1", UserWarning, "pkg/mod.py", 5)
warnings.warn_explicit(RuntimeWarning("m2"), UserWarning, "x.py", True)
for bad in ("6", 6.0):
    try:
        warnings.warn_explicit("m", UserWarning, "x.py", bad)
    except TypeError as e:
        print("TypeError", e)
warnings.warn_explicit("m3", UserWarning, "x.py", 7, module=None)
warnings.warn_explicit("m4", UserWarning, "", 8)
print(shown); shown.clear()

warnings.filterwarnings("error", module="pkg/mod$")
for fname in ("pkg/mod.py", "pkg/mod", "pkg/mod.pyw", "other.py"):
    try:
        warnings.warn_explicit("which", UserWarning, fname, 1)
        print("shown for", fname)
    except UserWarning:
        print("error for", fname)
warnings.filterwarnings("error", module="named")
try:
    warnings.warn_explicit("by module arg", UserWarning, "whatever.py", 1, module="named")
except UserWarning as e:
    print("module argument used:", e)

warnings.resetwarnings()
r = {}
warnings.warn_explicit("reg", UserWarning, "a.py", 3, registry=r)
warnings.warn_explicit("reg", UserWarning, "a.py", 3, registry=r)
print(len(shown), sorted(repr(k) for k in r if k != "version"), "version" in r)
shown.clear()
try:
    warnings.warn_explicit("reg", UserWarning, "a.py", 3, registry=[])
except TypeError as e:
    print("TypeError", e)

class SourceLoader:
    def get_source(self, name):
        return "line one\n    line two of %s\nline three\n" % name
g = {"__name__": "virtual", "__loader__": SourceLoader()}
warnings.warn_explicit("with globals", UserWarning, "virtual.py", 2, module_globals=g)
try:
    warnings.warn_explicit("past the end", UserWarning, "virtual.py", 9, module_globals=g)
except IndexError as e:
    print("IndexError", e)
print(shown); shown.clear()

warnings.showwarning = warnings._showwarning_orig
print(repr(warnings.formatwarning("f", UserWarning, "virtual.py", 2, line="  given  ")))

saved = warnings.filters
for value in [(), [("bogus", None, Warning, None, 0)], [("a", None)], [(1, None, Warning, None, 0)]]:
    warnings.filters = value
    try:
        warnings.warn("x")
    except Exception as e:
        print(type(e).__name__, e)
warnings.filters = []
warnings.defaultaction = 7
try:
    warnings.warn("y")
except TypeError as e:
    print("TypeError", e)
warnings.defaultaction = "default"
warnings.filters = saved
warnings.simplefilter("always")
warnings.showwarning = "not callable"
try:
    warnings.warn("z")
except TypeError as e:
    print("TypeError", e)
warnings.showwarning = warnings._showwarning_orig
warnings._showwarnmsg, saved_show = None, warnings._showwarnmsg
try:
    warnings.warn("z2")
except TypeError as e:
    print("TypeError", e)
warnings._showwarnmsg = saved_show
