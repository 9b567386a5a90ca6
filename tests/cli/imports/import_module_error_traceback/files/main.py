import importlib
importlib.import_module('bad')
