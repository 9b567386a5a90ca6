# The filter actions and the registries that remember what was shown:
# __warningregistry__ (with its 'version' entry) and onceregistry.
import sys, warnings

shown = []
def show(message, category, filename, lineno, file=None, line=None):
    shown.append("%s:%s" % (category.__name__, message))
warnings.showwarning = show

def f(msg, cat=UserWarning):
    warnings.warn(msg, cat)

def g(msg, cat=UserWarning):
    warnings.warn(msg, cat)

def reg():
    r = globals().get("__warningregistry__", {})
    return sorted((repr(k) for k in r if k != "version")), r.get("version") is not None

f("a"); f("a"); g("a")
print("default:", shown, reg()); shown.clear()

warnings.simplefilter("ignore")
f("b"); g("b")
print("ignore:", shown, reg()); shown.clear()

warnings.simplefilter("once")
f("c"); f("c"); g("c"); f("c", RuntimeWarning)
print("once:", shown, reg()); shown.clear()
print("onceregistry:", warnings.onceregistry)

warnings.simplefilter("module")
f("d"); g("d"); f("d")
print("module:", shown, reg()); shown.clear()

warnings.simplefilter("always")
f("e"); f("e"); g("e")
print("always:", shown, reg()); shown.clear()

warnings.simplefilter("default")
f("h"); f("h"); g("h")
print("default again:", shown, reg()); shown.clear()

warnings.simplefilter("error")
try:
    f("boom")
except UserWarning as e:
    print("error:", type(e).__name__, e, e.args)
print("after error:", reg())
try:
    f(UserWarning("inst", 2))
except UserWarning as e:
    print("error instance:", e.args)

# a registry entry from an older version of the filters is forgotten
warnings.simplefilter("default")
f("k")
warnings.filters[:] = warnings.filters  # not a mutation through the API: still remembered
f("k")
warnings._filters_mutated()
f("k")
print("versions:", shown); shown.clear()

# once with no registry uses onceregistry (warn_explicit with registry=None)
warnings.simplefilter("once")
warnings.warn_explicit("ex", UserWarning, "a.py", 1)
warnings.warn_explicit("ex", UserWarning, "b.py", 2)
warnings.warn_explicit("ex", RuntimeWarning, "b.py", 2)
print("once explicit:", shown); shown.clear()
print(sorted(repr(k) for k in warnings.onceregistry if k != "version"))

# the defaultaction applies when no filter matches
warnings.resetwarnings()
print("filters after reset:", warnings.filters)
warnings.defaultaction = "ignore"
f("n")
warnings.defaultaction = "error"
try:
    f("n2")
except UserWarning as e:
    print("defaultaction error:", e)
warnings.defaultaction = "default"
f("n3"); f("n3")
print("defaultaction:", shown)
