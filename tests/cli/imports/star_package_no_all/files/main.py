import sys
from pkg import *
print("loaded" in globals(), "lazy" in globals())
print(sorted(k for k in sys.modules if k.startswith("pkg")))
