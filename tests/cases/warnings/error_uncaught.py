# simplefilter("error") turns a warning into an exception; uncaught, it ends the program.
import warnings

def old_api():
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return 1

print("default:", old_api())
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print("ignored:", old_api())
warnings.filterwarnings("error", category=DeprecationWarning)
try:
    old_api()
except DeprecationWarning as e:
    print("caught:", type(e).__name__, e)
warnings.simplefilter("error")
print("now uncaught")
old_api()
print("not reached")
