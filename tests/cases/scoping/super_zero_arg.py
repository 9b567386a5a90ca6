class Base:
    def greet(self):
        return "Base.greet"
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__

class Child(Base):
    def greet(self):
        return "Child+" + super().greet()
    @classmethod
    def make(cls):
        return "Child:" + super().make()

print(Child().greet())
print(Child.make())

class GrandChild(Child):
    def greet(self):
        return "Grand+" + super().greet()

print(GrandChild().greet())
print(GrandChild.make())

class UsesClassCell:
    def which(self):
        return __class__.__name__

class Sub(UsesClassCell):
    pass

print("__class__", Sub().which())
print("cellvars", "__class__" in UsesClassCell.which.__code__.co_freevars)

class Explicit(Base):
    def greet(self):
        return "Explicit+" + super(Explicit, self).greet()

print(Explicit().greet())

def outside():
    return super().greet()

try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)

class InLambda(Base):
    def greet(self):
        f = lambda: super(InLambda, self).greet()
        return "lambda " + f()

print(InLambda().greet())

class InComp(Base):
    def greet(self):
        return [super().greet() for _ in range(1)][0] if False else "comp " + super().greet()

print(InComp().greet())

class Init:
    def __init__(self, v):
        self.v = v

class InitChild(Init):
    def __init__(self, v, w):
        super().__init__(v)
        self.w = w

ic = InitChild(1, 2)
print("init", ic.v, ic.w)
