class Dog:
    species = "canis"
    count = 0
    def __init__(self, name):
        self.name = name
        Dog.count += 1
    def speak(self):
        return f"{self.name} says woof"

a = Dog("rex")
b = Dog("fido")
print(a.speak(), b.speak(), Dog.count, a.species, Dog.species)
a.species = "individual"
print(a.species, b.species, Dog.species)
del a.species
print(a.species)
print(a.__dict__, sorted(k for k in Dog.__dict__ if not k.startswith("__")))
print(type(a).__name__, type(a) is Dog, isinstance(a, Dog), isinstance(a, object), Dog.__name__, Dog.__qualname__, Dog.__module__)
print(Dog.__bases__, Dog.__mro__, Dog.speak(b))
try:
    a.bark()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog.missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Dog()
except TypeError as e:
    print(type(e).__name__, e)
class Empty:
    pass
e = Empty()
e.x = 1
e.y = [2]
print(vars(e), hasattr(e, "x"), getattr(e, "z", "default"))
setattr(e, "z", 3)
delattr(e, "x")
print(vars(e))
print(Empty.__bases__, Empty.__dict__.get("__doc__"), Empty().__class__ is Empty)
