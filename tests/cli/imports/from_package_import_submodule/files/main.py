import sys
import pkg
print(hasattr(pkg, "lazy"))
from pkg import lazy
print(lazy.V, hasattr(pkg, "lazy"), "pkg.lazy" in sys.modules)
