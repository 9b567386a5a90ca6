class Base:
    def __init__(self, name):
        self.name = name

class Child(Base):
    def __init__(self, name, age):
        super().__init__()
        self.age = age

print("building child")
c = Child("kid", 5)
