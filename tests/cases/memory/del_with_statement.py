# Context managers and objects bound by `with`.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return Noisy(self.name + "-value")

    def __exit__(self, *exc):
        print("exit", self.name)
        return False

    def __del__(self):
        print("del cm", self.name)


print("-- manager is released after the with block, value stays bound")
with CM("m1") as v:
    print("body", v.name)
print("after with; v alive:", v.name)
v = None
print("after v = None")

print("-- without as, the entered value is dropped immediately")
with CM("m2"):
    print("body m2")
print("after with m2")

print("-- two managers")
with CM("a") as x, CM("b") as y:
    print("body", x.name, y.name)
print("after double with")
del x, y
print("after del x, y")

print("-- exception through the block")
try:
    with CM("err") as z:
        raise KeyError("k")
except KeyError as e:
    print("caught", repr(e))
print("after try")
z = None
print("after z = None")

print("-- self-returning manager kept by the as-name")


class SelfCM:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def __del__(self):
        print("del selfcm")


with SelfCM() as s:
    print("in body")
print("after with selfcm")
s = None
print("end")
