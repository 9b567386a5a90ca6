import sys
from . import util
print(__name__, __package__, __spec__.name, sys.argv)
print(util.NAME)
