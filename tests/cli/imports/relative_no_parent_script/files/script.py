print('start')
from . import helper
