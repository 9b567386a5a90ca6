class A:
    pass

class B(A):
    x = 1

class C(A, B, metaclass=Meta):
    def method(self):
        return self

class D(*bases, **kwds):
    pass

class E(A, flag=True, *more, **extra):
    """Doc."""

class F():
    pass

class G(object,): pass
