import sys
from pkg import *
print(sub1.__name__, sub2.__name__, VALUE)
print(sorted(k for k in sys.modules if k.startswith("pkg")))
