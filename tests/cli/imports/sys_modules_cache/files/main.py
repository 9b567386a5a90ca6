import sys
import m
import m
del sys.modules["m"]
import m as m2
print(m2 is m)
class Fake:
    name = "fake object"
sys.modules["fake"] = Fake()
import fake
print(fake.name)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e)
