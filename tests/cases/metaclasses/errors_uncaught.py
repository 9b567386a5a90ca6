# Metaclass error paths: conflicts, bad __prepare__, type.__new__ misuse, abstract classes.
class A1(type): pass
class A2(type): pass
class X(metaclass=A1): pass
class Y(metaclass=A2): pass
for bases in [(X, Y), (Y, X)]:
    try:
        type("Z", bases, {})
    except TypeError as e:
        print("conflict", e)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcs, name, bases):
        return 42
try:
    class P(metaclass=BadPrepare): pass
except TypeError as e:
    print("prepare", e)

for args in [(), ("a",), ("a", ()), ("a", (), {}, 1)]:
    try:
        type.__new__(type, *args)
    except TypeError as e:
        print("type.__new__", len(args), e)
try:
    type.__new__(int, "a", (), {})
except TypeError as e:
    print("not subtype", e)
try:
    type("a", [], {})
except TypeError as e:
    print("bases", e)
try:
    type("a", (), [])
except TypeError as e:
    print("ns", e)

class Counting(type):
    count = 0
    def __call__(cls, *a, **k):
        Counting.count += 1
        return super().__call__(*a, **k)
class C(metaclass=Counting):
    def __init__(self, v): self.v = v
class D(C): pass
print([C(1).v, D(2).v, Counting.count, type(D).__name__])

class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in Singleton._inst:
            Singleton._inst[cls] = super().__call__(*a)
        return Singleton._inst[cls]
class S(metaclass=Singleton): pass
print(S() is S(), isinstance(S(), S))

class Reg(type):
    registry = []
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        Reg.registry.append((name, sorted(kw)))
class Base(metaclass=Reg):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Sub(Base, flag=True): pass
class Sub2(Sub, flag=False): pass
print(Reg.registry)

import abc
class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self): ...
    @property
    @abc.abstractmethod
    def name(self): ...
print(sorted(Shape.__abstractmethods__))
class Sq(Shape):
    def area(self): return 4
Sq()
