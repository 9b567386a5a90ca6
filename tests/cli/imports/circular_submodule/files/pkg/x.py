from . import y
X = 'x'
