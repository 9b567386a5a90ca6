import importlib
m = importlib.import_module('my-mod')
print(m.__name__)
