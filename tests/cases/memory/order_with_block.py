# Destruction around with-blocks: a context manager not bound to a name dies right after
# __exit__; `as` targets stay alive after the block; objects made inside the block follow
# normal scoping.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class CM(D):
    def __enter__(self):
        print("  enter", self.name)
        return D(self.name + "-value")
    def __exit__(self, *exc):
        print("  exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

print("unnamed manager")
with CM("m1"):
    print("  body")
print("after block 1")

print("named value")
with CM("m2") as v:
    print("  body has", v.name)
print("after block 2, v is", v.name)
del v
print("v deleted")

print("two managers")
with CM("a"), CM("b") as bv:
    print("  body")
print("after block 3")
del bv

print("exception in body")
try:
    with CM("m3"):
        temp = D("temp")
        raise KeyError("k")
except KeyError:
    print("  caught")
print("after block 4")
del temp

print("manager stored in a variable")
cm = CM("m4")
with cm:
    print("  body")
print("after block 5")
cm = None

print("inside a function")
def f():
    with CM("m5") as val:
        local = D("local")
        return val.name
print(" ", f())
print("done")
