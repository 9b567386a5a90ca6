import pkg
print(repr(pkg.sub))
import pkg.sub
print(type(pkg.sub).__name__, pkg.sub.__name__)
from pkg import sub
print(sub is pkg.sub)
