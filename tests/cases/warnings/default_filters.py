# The filters CPython 3.11 installs (release build, no -W): DeprecationWarning shown only for
# code whose module is __main__, Pending/Import/ResourceWarning hidden, the rest shown once
# per location; ResourceWarning's note about tracemalloc when a source object is given.
import sys, os, warnings

class Err:
    def __init__(self):
        self.text = ""
    def write(self, s):
        self.text += s
err = Err()
sys.stderr = err

for f in warnings.filters:
    print(f)
print(warnings.defaultaction, warnings.onceregistry)

def run_as(module_name, code):
    exec(code, {"__name__": module_name, "warnings": warnings})
    out = err.text.replace(__file__, "FILE")
    err.text = ""
    return out

print(repr(run_as("__main__", "warnings.warn('dep in main', DeprecationWarning)")))
print(repr(run_as("library", "warnings.warn('dep in library', DeprecationWarning)")))
print(repr(run_as("library", "warnings.warn('pending', PendingDeprecationWarning)")))
print(repr(run_as("library", "warnings.warn('import', ImportWarning)")))
print(repr(run_as("library", "warnings.warn('resource', ResourceWarning)")))
print(repr(run_as("library", "warnings.warn('future', FutureWarning)")))
print(repr(run_as("library", "for i in range(3): warnings.warn('loop', UserWarning)")))
print(repr(run_as("library", "warnings.warn('bytes', BytesWarning)")))
print(repr(run_as("library", "warnings.warn('syntax', SyntaxWarning)")))
print(repr(run_as("library", "warnings.warn('unicode', UnicodeWarning)")))
print(repr(run_as(None, "warnings.warn('module None')")))
print(repr(run_as(3, "warnings.warn('module int', DeprecationWarning)")))

class Thing:
    pass
warnings.simplefilter("always", ResourceWarning)
warnings.warn("unclosed thing", ResourceWarning, source=Thing())
print(repr(err.text.replace(__file__, "FILE")))
err.text = ""
print(repr(warnings.formatwarning("plain", ResourceWarning, "f.py", 1)))

for w in (Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
          RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
          ResourceWarning, EncodingWarning):
    print(w.__name__, [c.__name__ for c in w.__mro__[1:]])
sys.stderr = sys.__stderr__
