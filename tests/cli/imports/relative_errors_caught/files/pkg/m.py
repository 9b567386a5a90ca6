try:
    from .nope import x
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from . import nope
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name, "|", e.path)
try:
    from .. import nope
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    from .sub import nope
except ImportError as e:
    print(type(e).__name__, "|", e)
