class Base:
    def __init__(self, **kwargs):
        print("  Base init, leftover", kwargs)
        super().__init__()
class Named(Base):
    def __init__(self, name, **kwargs):
        print("  Named init", name)
        self.name = name
        super().__init__(**kwargs)
class Aged(Base):
    def __init__(self, age, **kwargs):
        print("  Aged init", age)
        self.age = age
        super().__init__(**kwargs)
class Person(Named, Aged):
    def __init__(self, **kwargs):
        print("  Person init")
        super().__init__(**kwargs)
p = Person(name="ann", age=30)
print(p.name, p.age, [c.__name__ for c in Person.__mro__])
class A:
    def go(self):
        return "A"
class B(A):
    def go(self):
        return "B>" + super().go()
class C(A):
    def go(self):
        return "C>" + super().go()
class D(B, C):
    def go(self):
        return "D>" + super().go()
print(D().go(), B().go(), super(B, D()).go(), super(C, D()).go())
sup = super(D, D())
print(type(sup).__name__, sup.go())
try:
    super(D, A()).go()
except TypeError as e:
    print(type(e).__name__, e)
class WithClassmethod(A):
    @classmethod
    def make(cls):
        return super().go if False else cls.__name__
print(WithClassmethod.make())
class Prop(A):
    @property
    def p(self):
        return "prop via super " + super().go()
print(Prop().p)
