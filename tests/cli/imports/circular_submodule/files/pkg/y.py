from . import x
Y = 'y'
