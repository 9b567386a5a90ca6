# classmethod and staticmethod as descriptors, wrapping arbitrary callables.

class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, *args):
        return ("called", self.k, tuple(a.__name__ if isinstance(a, type) else a for a in args))

class Base:
    plain_static = staticmethod(len)
    callable_static = staticmethod(Multiplier(2))
    callable_class = classmethod(Multiplier(3))
    @classmethod
    def make(cls, *args):
        return (cls.__name__, args)
    @staticmethod
    def util(x, y=1):
        "util doc"
        return x + y

class Derived(Base):
    pass

print("static builtin:", Base.plain_static("abc"), Base().plain_static([1, 2]))
print("static callable:", Base.callable_static(1), Derived().callable_static(2))
print("class callable:", Base.callable_class(1), Derived.callable_class(), Derived().callable_class(5))
print("make:", Base.make(1), Derived.make(), Derived().make(2, 3))
print("util:", Base.util(1), Base().util(1, 5), Derived.util(y=4, x=1))

# Since 3.10 staticmethod objects are callable and carry the wrapped function's metadata.
sm = Base.__dict__["util"]
cm = Base.__dict__["make"]
print("types:", type(sm).__name__, type(cm).__name__)
print("callable staticmethod:", sm(10), callable(sm), callable(cm))
print("wrapped:", sm.__func__ is sm.__wrapped__, sm.__name__, sm.__qualname__, sm.__doc__)
print("cm func:", cm.__func__.__name__, cm.__wrapped__ is cm.__func__, cm.__qualname__)
try:
    cm(1)
except TypeError as e:
    print(type(e).__name__, e)

# Binding through __get__ directly.
bound = cm.__get__(None, Derived)
print("bound:", bound(), bound.__self__.__name__, bound.__func__ is cm.__func__)
bound2 = cm.__get__(Derived())
print("bound via instance:", bound2.__self__.__name__)
print("static get:", sm.__get__(None, Base) is Base.util, sm.__get__(5)(1))

# A bound method compares equal when it has the same self and function.
b1, b2 = Base(), Base()
print("method eq:", Base.make == Base.make, Derived.make == Base.make)

# Functions themselves are non-data descriptors.
def free(self, n=0):
    return ("free", type(self).__name__, n)
print("function get:", free.__get__(b1)(7), free.__get__(None, Base) is free)
m = free.__get__(b1, Base)
print("method attrs:", m.__func__ is free, m.__self__ is b1, m.__name__)
Base.free = free
print("attached:", b1.free(1), Derived().free())

# Instance-level staticmethod/classmethod objects are not bound.
b1.inst_static = staticmethod(len)
print("instance staticmethod is returned as is:", type(b1.inst_static).__name__)

# __isabstractmethod__ passes through.
def abstract():
    pass
abstract.__isabstractmethod__ = True
print("abstract:", staticmethod(abstract).__isabstractmethod__, classmethod(abstract).__isabstractmethod__,
      staticmethod(len).__isabstractmethod__)

# Wrapping a non-callable is allowed; calling it fails.
class Odd:
    s = staticmethod(42)
    c = classmethod("text")
try:
    Odd.s()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Odd.c()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
