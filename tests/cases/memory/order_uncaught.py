# Destruction order during the unwinding of an uncaught exception: locals of the frames stay
# alive while the traceback exists; the program then dies with the exception.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def inner():
    x = D("inner-local")
    raise LookupError("lost " + x.name)

def outer():
    y = D("outer-local")
    try:
        inner()
    finally:
        print("outer finally")

tmp = D("temp")
del tmp
print("calling")
outer()
print("not reached")
