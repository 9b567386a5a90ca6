import types, sys
m = types.ModuleType('m')
print(m, sorted(m.__dict__), m.__doc__, m.__name__)
m2 = types.ModuleType('m2', 'the doc')
m2.x = 5
print(m2.__doc__, m2.x, type(m2) is types.ModuleType, type(m2) is type(sys))
try: types.ModuleType(5)
except TypeError as e: print(e)
try: types.ModuleType()
except TypeError as e: print(e)
sys.modules['virt'] = m2
import virt
print(virt.x)
