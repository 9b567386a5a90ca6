# __del__ assigned to a class after instances already exist.

class Plain:
    def __init__(self, name):
        self.name = name


def announce(self):
    print("announce", self.name)


print("-- no __del__: nothing printed")
p = Plain("p0")
p = None
print("p0 dropped")

print("-- add __del__ after creating instances")
a = Plain("a")
b = Plain("b")
Plain.__del__ = announce
print("added __del__")
a = None
print("a dropped")
print("-- new instances also use it")
c = Plain("c")
c = None
print("c dropped")

print("-- replace __del__")


def other(self):
    print("other", self.name)


Plain.__del__ = other
b = None
print("b dropped")

print("-- remove __del__ again")
d = Plain("d")
del Plain.__del__
d = None
print("d dropped silently")

print("-- add to a base class; subclass instance picks it up")


class Base:
    def __init__(self, name):
        self.name = name


class Derived(Base):
    pass


x = Derived("derived")
Base.__del__ = announce
x = None
print("derived dropped")

print("-- subclass override set later wins")
y = Derived("derived2")
Derived.__del__ = other
y = None
print("derived2 dropped")

print("-- lambda as __del__")


class Lam:
    pass


Lam.__del__ = lambda self: print("lambda del")
Lam()
print("after lambda del")

print("-- __del__ set on the instance is not used")


class Inst:
    def __init__(self):
        self.__del__ = lambda: print("instance attribute del (never printed)")


i = Inst()
i = None
print("instance-level __del__ ignored")

print("-- setattr on the class")


class Later:
    pass


obj = Later()
setattr(Later, "__del__", lambda self: print("setattr del"))
obj = None
print("end")
