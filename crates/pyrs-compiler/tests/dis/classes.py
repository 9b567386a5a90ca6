class A:
    pass

class B(A, metaclass=M):
    "doc"
    attr = 1
    __private = 2
    def method(self):
        return self.__private

class C(B):
    def m(self):
        return super().m()

@decorator
class D(*bases, **kw):
    x: int

def f():
    y = 1
    class E:
        z = y
    return E
