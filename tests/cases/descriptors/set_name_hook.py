# __set_name__: when it is called, with which arguments, and when it is not.

class Named:
    def __set_name__(self, owner, name):
        print("  set_name", owner.__name__, name)
        self.owner = owner.__name__
        self.name = name

print("defining A")
class A:
    first = Named()
    second = Named()
    def method(self):
        pass
    third = Named()
print("names:", A.first.name, A.second.name, A.third.name, A.first.owner)

print("same object under two names")
shared = Named()
class B:
    one = shared
    two = shared
print("last name wins:", shared.name)

print("assigning after class creation does not call it")
A.fourth = Named()
print("has name:", hasattr(A.fourth, "name"))

print("explicit call works like any method")
A.fourth.__set_name__(A, "fourth")
print(A.fourth.name)

print("type() also calls __set_name__")
C = type("C", (), {"dyn": Named()})
print(C.dyn.owner, C.dyn.name)

print("subclass does not re-run it")
class D(A):
    extra = Named()

print("__set_name__ looked up on the type, not the instance")
class OnInstance:
    pass
oi = OnInstance()
oi.__set_name__ = lambda owner, name: print("  instance hook called")
class E:
    attr = oi
print("no call for instance attribute")

print("non-descriptor objects with __set_name__")
class Plain:
    def __set_name__(self, owner, name):
        print("  plain", name)
class F:
    p = Plain()
    q = 5

print("set_name sees the finished class")
class Peek:
    def __set_name__(self, owner, name):
        print("  sees", sorted(k for k in vars(owner) if not k.startswith("__")))
class G:
    a = 1
    peek = Peek()
    b = 2

print("wrong signature")
class BadSig:
    def __set_name__(self):
        pass
try:
    class H:
        bad = BadSig()
except Exception as e:
    print(type(e).__name__, e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)

print("error order: earlier names already set")
class Fails:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class I:
        ok = Named()
        boom = Fails()
except Exception as e:
    print(type(e).__name__, e, "|", type(e.__cause__).__name__, e.__cause__)
