# An exception raised in __del__ is reported on stderr ("Exception ignored in") and ignored.

class Bad:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "about to fail")
        1 / 0


print("-- exception in __del__ is ignored")
b = Bad("b1")
b = None
print("program continues")

print("-- the current exception state is not disturbed")
try:
    raise KeyError("outer")
except KeyError as e:
    x = Bad("in-handler")
    x = None
    print("still handling", repr(e))
print("after handler")

print("-- inside a loop")
for i in range(3):
    Bad("loop%d" % i)
print("loop done")

print("-- partial work before the failure is kept")
log = []


class Partial:
    def __del__(self):
        log.append("started")
        raise RuntimeError("partial")


Partial()
print("log", log)

print("-- return value of __del__ is ignored")


class Returns:
    def __del__(self):
        print("Returns.__del__")
        return 42


Returns()
print("after Returns")

print("-- last failure decides the last stderr line")
Bad("final")
print("end")
