import lazy
print(lazy.EAGER, lazy.computed)
from lazy import computed
print(computed)
print(dir(lazy))
print(getattr(lazy, "nothing", "default"))
try:
    lazy.nothing
except AttributeError as e:
    print("AttributeError", e)
try:
    from lazy import nothing
except ImportError as e:
    print("ImportError", e)
