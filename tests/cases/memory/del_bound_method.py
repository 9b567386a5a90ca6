# A bound method keeps its instance alive.

class Noisy:
    def __init__(self, name):
        self.name = name

    def hello(self):
        return "hello from " + self.name

    def __del__(self):
        print("del", self.name)


print("-- bound method keeps instance")
obj = Noisy("bm1")
m = obj.hello
del obj
print("instance name dropped; call:", m())
del m
print("after del method")

print("-- bound method of a temporary")
m = Noisy("bm2").hello
print("made method")
print("call:", m())
m = None
print("after m = None")

print("-- calling a method on a temporary")
print("call:", Noisy("bm3").hello())

print("-- bound method in a list")
methods = [Noisy("li%d" % i).hello for i in range(3)]
print("made list")
methods.pop(0)
print("popped first")
methods = None
print("after list")

print("-- __self__ access")
m = Noisy("self-access").hello
s = m.__self__
del m
print("method gone, self alive:", s.name)
del s

print("-- bound method stored as attribute of another object")


class Holder:
    pass


h = Holder()
h.cb = Noisy("callback-owner").hello
print("stored:", h.cb())
h.cb = None
print("after replacing callback")

print("-- classmethod and staticmethod do not bind instances")


class C:
    @classmethod
    def cm(cls):
        return cls.__name__

    @staticmethod
    def sm():
        return "static"

    def __del__(self):
        print("del C instance")


c = C()
cm = c.cm
sm = c.sm
del c
print("after del c:", cm(), sm())
print("end")
