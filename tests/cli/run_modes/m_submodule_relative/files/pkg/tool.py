import sys
from . import helper
from .helper import H
print(__name__, __package__, __spec__.name, __spec__.parent)
print(helper.__name__, H, sys.argv)
print("pkg.tool" in sys.modules)
