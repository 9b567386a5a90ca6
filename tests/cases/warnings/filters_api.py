# filterwarnings/simplefilter/resetwarnings: filter order, append, duplicates, message and
# module patterns, lineno, argument checks, and the reprs of warnings.filters entries.
import warnings

shown = []
warnings.showwarning = lambda m, c, f, l, file=None, line=None: shown.append("%s:%s" % (c.__name__, m))

def emit(msg, cat=UserWarning):
    warnings.warn(msg, cat)

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="secret")
warnings.filterwarnings("error", message="bad.*thing", category=RuntimeWarning)
for f in warnings.filters:
    print("filter", f)

emit("secret stuff"); emit("SECRET too"); emit("not secret"); emit("public")
print("message match:", shown); shown.clear()
try:
    emit("bad old thing", RuntimeWarning)
except RuntimeWarning as e:
    print("raised:", e)
emit("bad old thing", UserWarning)
print("category must match:", shown); shown.clear()

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.filterwarnings("ignore", module="__ma")
emit("module prefix")
warnings.filterwarnings("error", module="other")
emit("other module")
print("module filters:", shown); shown.clear()
warnings.filterwarnings("error", module="__main__$")
try:
    emit("main exact")
except UserWarning as e:
    print("module regex error:", e)

warnings.resetwarnings()
warnings.simplefilter("always")
warnings.simplefilter("ignore", lineno=9)
emit("on line 9")
warnings.warn("not on line 9")
print("lineno:", shown); shown.clear()

warnings.resetwarnings()
warnings.simplefilter("ignore", UserWarning)
warnings.simplefilter("error", UserWarning)
warnings.simplefilter("ignore", UserWarning)
print("dedup:", warnings.filters)
warnings.simplefilter("error", UserWarning, append=True)
warnings.simplefilter("always", append=True)
warnings.simplefilter("always", append=True)
print("append:", warnings.filters)
warnings.filterwarnings("once", "x", DeprecationWarning, "m", 3)
warnings.filterwarnings("once", "x", DeprecationWarning, "m", 3)
print("first:", warnings.filters[0], len(warnings.filters))

bad_calls = [
    lambda: warnings.filterwarnings("sometimes"),
    lambda: warnings.filterwarnings("ignore", message=3),
    lambda: warnings.filterwarnings("ignore", category=3),
    lambda: warnings.filterwarnings("ignore", category=int),
    lambda: warnings.filterwarnings("ignore", module=None),
    lambda: warnings.filterwarnings("ignore", lineno=-1),
    lambda: warnings.filterwarnings("ignore", lineno="3"),
    lambda: warnings.simplefilter("nope"),
    lambda: warnings.simplefilter("ignore", lineno=-2),
]
for call in bad_calls:
    try:
        call()
    except AssertionError as e:
        print("AssertionError", e)

warnings.resetwarnings()
print("reset:", warnings.filters)
warnings.filterwarnings("default", "Hello [Ww]orld", UserWarning, "__main__")
p = warnings.filters[0][1]
print(p.pattern, bool(p.match("HELLO WORLD!")), bool(p.match("say hello world")))
print(warnings.filters[0][3].pattern, bool(warnings.filters[0][3].match("__main__x")))
emit("hello world"); emit("hello world")
print("default action with filter:", shown)
