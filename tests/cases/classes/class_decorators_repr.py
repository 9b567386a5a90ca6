def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def count_instances(cls):
    original = cls.__init__
    cls.created = 0
    def __init__(self, *a, **k):
        cls.created += 1
        original(self, *a, **k)
    cls.__init__ = __init__
    return cls
@count_instances
@add_repr
class User:
    def __init__(self, name, admin=False):
        self.name = name
        self.admin = admin
users = [User("ann"), User("bob", admin=True)]
print(users, User.created)
print(repr(User), User.__name__, User.__qualname__, User.__module__)
print(str(int), repr(type(None)), repr(type(users)), repr(object))
class Outer:
    class Inner:
        pass
print(repr(Outer.Inner), Outer.Inner.__qualname__)
def local():
    class L:
        pass
    return L
print(repr(local()), local().__qualname__)
