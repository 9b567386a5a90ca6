# Abstract methods are collected into __abstractmethods__ and block instantiation.
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        return 0

    @abstractmethod
    def perimeter(self):
        return 0

    def describe(self):
        return f"{type(self).__name__} area={self.area()} perimeter={self.perimeter()}"


print("Shape abstracts", sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print("Shape()", type(e).__name__, e)


class HalfDone(Shape):
    def area(self):
        return 1


print("HalfDone abstracts", sorted(HalfDone.__abstractmethods__))
try:
    HalfDone()
except TypeError as e:
    print("HalfDone()", type(e).__name__, e)


class Square(HalfDone):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

    def perimeter(self):
        return 4 * self.side


print("Square abstracts", Square.__abstractmethods__)
sq = Square(3)
print("describe", sq.describe())
print("super default", Shape.area(sq), Shape.perimeter(sq))


class Three(ABC):
    @abstractmethod
    def zeta(self): pass

    @abstractmethod
    def alpha(self): pass

    @abstractmethod
    def mid(self): pass


try:
    Three()
except TypeError as e:
    print("Three()", e)


# A base's abstract method redefined as abstract again stays abstract.
class Again(Square):
    @abstractmethod
    def area(self):
        return super().area()


print("Again abstracts", sorted(Again.__abstractmethods__))
try:
    Again(2)
except TypeError as e:
    print("Again(2)", e)


# Overriding with a plain attribute (not a function) also makes it concrete.
class Attr(Shape):
    area = 5
    perimeter = None


print("Attr abstracts", Attr.__abstractmethods__, type(Attr()).__name__)


# The metaclass keyword spelling, and a class without abstract methods.
class Plain(metaclass=ABCMeta):
    def hello(self):
        return "hi"


print("Plain", Plain.__abstractmethods__, Plain().hello())
print("ABC itself", ABC.__abstractmethods__, type(ABC()).__name__)

# Clearing __abstractmethods__ by hand allows instantiation again.
HalfDone.__abstractmethods__ = frozenset()
print("HalfDone now", type(HalfDone()).__name__)
Shape.__abstractmethods__ = frozenset({"area"})
try:
    Shape()
except TypeError as e:
    print("Shape() after edit", e)
