import math
import sys as system
from math import sqrt, pi as PI
from math import *
print(math.sqrt(9), system.maxsize > 0, sqrt(16), PI, floor(2.5), "factorial" in dir())
import math as m2
print(m2 is math, math.__name__, type(math).__name__)
def local_import():
    import math as lm
    from sys import getrecursionlimit
    return lm.pi == math.pi, getrecursionlimit() > 0
print(local_import())
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
print(issubclass(ModuleNotFoundError, ImportError))
import builtins
print(builtins.print is print, __builtins__ is builtins or type(__builtins__).__name__)
print(__name__, __file__.endswith("import_statements.py"), __doc__, type(__spec__).__name__ if __spec__ else None)
