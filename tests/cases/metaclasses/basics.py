class M(type):
    def __call__(cls, *a, **k):
        print('M.call', a, k); return super().__call__(*a, **k)
    def meth(cls): return 'meth of ' + cls.__name__
    @property
    def prop(cls): return 'prop'
class C(metaclass=M):
    def __init__(self, x=1): print('init', x)
c = C(5); print(type(C).__name__, C.meth(), C.prop, isinstance(C, M), type(c).__name__)
print(type(type), type(M), M.__mro__)
T = type('T', (C,), {'z': 1}); print(type(T), T.z)
class Meta(type):
    def __new__(mcs, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcs, name, bases, ns)
        cls.tag = kw.get('tag')
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print('prepare', name, kw)
        return {'injected': 1}
class D(metaclass=Meta, tag='x'):
    a = 1
    def f(self): return injected
print(D.tag, D.a, D.injected, type(D).__name__)
class E(D):
    pass
print(type(E).__name__, E.tag)
class A1(type): pass
class A2(type): pass
class X(metaclass=A1): pass
class Y(metaclass=A2): pass
try:
    class Z(X, Y): pass
except TypeError as e: print(e)
def fmeta(name, bases, ns): return (name, bases, sorted(ns))
class W(metaclass=fmeta):
    q = 1
print(W)
class B:
    def __mro_entries__(self, bases): return (int,)
class Q(B()): pass
print(Q.__mro__, Q.__orig_bases__[0].__class__.__name__)
class IC(type):
    def __instancecheck__(cls, x): return x == 5
    def __subclasscheck__(cls, c): return c is int
class K(metaclass=IC): pass
print(isinstance(5, K), isinstance(4, K), isinstance(K(), K), issubclass(int, K), issubclass(str, K))
class Obj:
    def __instancecheck__(self, o): return True
print(isinstance(1, Obj()))
import abc
class AB(abc.ABC):
    @abc.abstractmethod
    def x(self): ...
    @abc.abstractmethod
    def b(self): ...
try: AB()
except TypeError as e: print(e)
class Impl(AB):
    def x(self): return 1
    def b(self): return 2
print(Impl().x(), isinstance(Impl(), AB), issubclass(Impl, AB))
AB.register(str)
print(isinstance('s', AB), issubclass(str, AB))
from collections.abc import Sequence, Mapping, Iterable
print(isinstance([], Sequence), isinstance({}, Mapping), isinstance(3, Iterable))
print(type.__new__(type, 'Z', (), {}))
