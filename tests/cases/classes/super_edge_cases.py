class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho for " + cls.__name__
    @staticmethod
    def swho():
        return "A.swho"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
    @staticmethod
    def swho():
        return "B>" + super(B, B).swho()
print(B().who(), B.cwho(), B.swho())
class C(B):
    pass
print(C().who(), C.cwho(), C.swho())
s = super(B, B())
print(s.who(), super(C, C()).who(), super(B, C).cwho())
print(super(A, A()).__class__.__name__, super(B, B()).__self_class__.__name__, super(B, B()).__thisclass__.__name__)
class D(A):
    def who(self):
        def inner():
            return super(D, self).who()
        return "D inner>" + inner()
print(D().who())
class E(A):
    def who(self):
        return [super().who() for _ in range(2)]
try:
    print(E().who())
except TypeError as e:
    print("zero-arg super in a comprehension:", type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
class F(A):
    def gen(self):
        yield super().who()
print(list(F().gen()))
class G:
    def __init__(self):
        super().__init__()
        self.ok = True
print(G().ok)
try:
    class H:
        def __init__(self):
            super().__init__(1)
    H()
except TypeError as e:
    print(type(e).__name__, e)
