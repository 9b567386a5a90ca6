# __del__ in class hierarchies.

class Base:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Base.__del__", self.name)


class Child(Base):
    pass


class Override(Base):
    def __del__(self):
        print("Override.__del__", self.name)


class Chained(Base):
    def __del__(self):
        print("Chained.__del__ start", self.name)
        super().__del__()
        print("Chained.__del__ end", self.name)


class GrandChild(Chained):
    def __del__(self):
        print("GrandChild.__del__", self.name)
        super().__del__()


print("-- inherited __del__")
c = Child("child")
c = None
print("-- overriding __del__ without super")
o = Override("override")
o = None
print("-- chaining with super()")
ch = Chained("chained")
ch = None
print("-- two levels of super()")
g = GrandChild("grand")
g = None

print("-- multiple inheritance")


class Left(Base):
    def __del__(self):
        print("Left.__del__", self.name)
        super().__del__()


class Right(Base):
    def __del__(self):
        print("Right.__del__", self.name)
        super().__del__()


class Both(Left, Right):
    def __del__(self):
        print("Both.__del__", self.name)
        super().__del__()


b = Both("both")
print("mro", [k.__name__ for k in Both.__mro__])
b = None

print("-- mixin without __del__ first")


class Mixin:
    def greet(self):
        return "hi " + self.name


class Mixed(Mixin, Base):
    pass


m = Mixed("mixed")
print(m.greet())
m = None

print("-- explicit Base.__del__(self)")


class Explicit(Base):
    def __del__(self):
        print("Explicit.__del__", self.name)
        Base.__del__(self)


e = Explicit("explicit")
e = None

print("-- subclass with an empty __del__ silences the parent")


class Quiet(Base):
    def __del__(self):
        pass


q = Quiet("quiet")
q = None
print("quiet dropped")

print("-- object attributes are released after __del__ finishes")


class Part:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("Part.__del__", self.name)


class Whole(Base):
    def __init__(self, name):
        super().__init__(name)
        self.part = Part(name + "-part")

    def __del__(self):
        print("Whole.__del__ sees part", self.part.name)
        super().__del__()


w = Whole("whole")
w = None
print("end")
