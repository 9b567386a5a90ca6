# Classes are always part of cycles (their __mro__ contains themselves), so a class created
# in a function is freed only by gc.collect(). Instances stored on their own class, and
# classes referring to each other, behave the same way.
import gc
import weakref

gc.disable()

def make_class(name):
    class Local:
        registry = []
        def __init__(self):
            Local.registry.append(self)
    Local.__name__ = name
    return Local

C = make_class("Temp")
C()
C()
print("registry", len(C.registry), C.__name__)
rc = weakref.ref(C)
rinst = weakref.ref(C.registry[0])
del C
print("class alive after del", rc() is not None)
gc.collect()
print("class dead after collect", rc() is None, "instance dead", rinst() is None)

class Singleton:
    instance = None
    def __del__(self):
        print("singleton del")

Singleton.instance = Singleton()
print("singleton set", type(Singleton.instance).__name__)
Singleton.instance = None
print("after reset")

def pair_of_classes():
    class A:
        pass
    class B:
        pass
    A.partner = B
    B.partner = A
    return weakref.ref(A), weakref.ref(B)

ra, rb = pair_of_classes()
gc.collect()
print("pair dead", ra() is None, rb() is None)

# A subclass keeps its base alive through __bases__, and the base's __subclasses__()
# forgets the subclass once it is collected.
class Base:
    pass
def make_sub():
    class Sub(Base):
        pass
    return Sub
S = make_sub()
print("subclasses", [c.__name__ for c in Base.__subclasses__()])
del S
gc.collect()
print("subclasses after", [c.__name__ for c in Base.__subclasses__()])
gc.enable()
