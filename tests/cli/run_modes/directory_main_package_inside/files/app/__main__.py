from lib import tool
print(tool.__name__, tool.__package__, tool.__file__)
