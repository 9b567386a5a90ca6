import math
from math import pi as PI
public = 1
_private = 2
__dunder = 3
def func(): pass
class Klass: pass
