from . import loaded
