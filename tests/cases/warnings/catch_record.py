# catch_warnings: saving and restoring filters and showwarning, record=True, the 3.11
# action/category/lineno/append arguments, nesting and misuse.
import warnings

print(repr(warnings.catch_warnings()), repr(warnings.catch_warnings(record=True)))
before = list(warnings.filters)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("one")
    warnings.warn("two", DeprecationWarning)
    warnings.warn("one")
    print("inside filters changed:", warnings.filters != before)
print("restored:", warnings.filters == before)
print(len(log), [type(w).__name__ for w in log])
for w in log:
    print(str(w.message), w.category.__name__, w.lineno, w.file, w.line, w.source, type(w.message).__name__)

with warnings.catch_warnings() as nothing:
    warnings.simplefilter("ignore")
    warnings.warn("silenced")
print("no record gives", nothing)

with warnings.catch_warnings(record=True, action="error", category=RuntimeWarning) as log:
    print("first filter:", warnings.filters[0])
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", e)
    warnings.warn("user ones pass", UserWarning)
print([str(w.message) for w in log])

with warnings.catch_warnings(record=True) as outer:
    warnings.simplefilter("always")
    with warnings.catch_warnings(record=True) as inner:
        warnings.warn("inner")
    warnings.warn("outer")
print("nested:", [str(w.message) for w in outer], [str(w.message) for w in inner])

cw = warnings.catch_warnings()
try:
    cw.__exit__(None, None, None)
except RuntimeError as e:
    print("RuntimeError", e)
cw.__enter__()
try:
    cw.__enter__()
except RuntimeError as e:
    print("RuntimeError", e)
cw.__exit__(None, None, None)

def custom(message, category, filename, lineno, file=None, line=None):
    print("custom showwarning", message)
warnings.showwarning = custom
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    warnings.warn("recorded, not custom")
print(len(log), warnings.showwarning is custom)
warnings.simplefilter("always")
warnings.warn("custom after")

class FakeModule:
    filters = []
    showwarning = None
    _showwarnmsg_impl = None
    _showwarning_orig = None
    def _filters_mutated(self):
        print("fake mutated")
fake = FakeModule()
with warnings.catch_warnings(module=fake) as x:
    print("fake filters copied:", fake.filters == [], x)
print(repr(warnings.catch_warnings(module=fake, record=True)).startswith("catch_warnings(record=True, module=<"))
