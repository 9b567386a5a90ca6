class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name}: {self.sound}"
    def kind(self):
        return type(self).__name__

class Cat(Animal):
    sound = "meow"

class Lion(Cat):
    sound = "roar"
    def speak(self):
        return super().speak().upper()

class Robot:
    def speak(self):
        return "beep"

for x in [Animal("a"), Cat("tom"), Lion("leo")]:
    print(x.speak(), x.kind())
print(issubclass(Lion, Cat), issubclass(Lion, Animal), issubclass(Cat, Lion), issubclass(Robot, Animal))
print(isinstance(Lion("x"), Animal), isinstance(Robot(), Animal), isinstance(3, (str, int)))
print(Lion.__mro__)
print(Lion.__bases__, Cat.__base__, Animal.__base__, object.__bases__)
print(Lion.__subclasses__(), Animal.__subclasses__(), Cat.__subclasses__())
class Base:
    def __init__(self):
        self.base_init = True
class NoInitCall(Base):
    def __init__(self):
        self.child = True
class InitCall(Base):
    def __init__(self):
        super().__init__()
        self.child = True
print(vars(NoInitCall()), vars(InitCall()))
class Override(Animal):
    def __init__(self):
        super().__init__("fixed")
print(Override().speak())
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), isinstance(type, type), isinstance(object, type))
try:
    issubclass(Cat(), Animal)
except TypeError as e:
    print(type(e).__name__, e)
print(issubclass(Cat, (Robot, Animal)), isinstance(Cat("c"), (Robot,)))
