class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print([k.__name__ for k in K1.mro()])

class X: pass
class Y: pass
try:
    class Bad(X, Y, X):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Conflict(P, Q):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class BadBase(5):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Top:
    def who(self):
        return ["Top"]
class Left(Top):
    def who(self):
        return ["Left"] + super().who()
class Right(Top):
    def who(self):
        return ["Right"] + super().who()
class Bottom(Left, Right):
    def who(self):
        return ["Bottom"] + super().who()
print(Bottom().who())
print([c.__name__ for c in Bottom.__mro__])
print(super(Left, Bottom()).who())
class Mixin:
    def hello(self):
        return "mixin hello from " + type(self).__name__
class Thing(Mixin, dict):
    pass
t = Thing(a=1)
print(t.hello(), t, [c.__name__ for c in Thing.__mro__])
