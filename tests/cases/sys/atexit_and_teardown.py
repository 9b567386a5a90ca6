import atexit
import sys

class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)

def goodbye(who, punctuation="!"):
    print("atexit handler for", who + punctuation)

atexit.register(goodbye, "first")
atexit.register(goodbye, "second", punctuation="?")
@atexit.register
def decorated():
    print("decorated atexit handler")
def never():
    print("unregistered handler must not run")
atexit.register(never)
atexit.unregister(never)
keeper = Tracked("module global")
temp = Tracked("temporary")
del temp
print("end of main body")
sys.stdout.write("written without a newline")
