# register(): virtual subclasses, the cache token, and the error paths.
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Drawable(ABC):
    @abstractmethod
    def draw(self): ...


class Circle:
    def draw(self):
        return "circle"


print("before", issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
token = get_cache_token()
result = Drawable.register(Circle)
print("register returns the class", result is Circle)
print("token moved", get_cache_token() != token, type(get_cache_token()).__name__)
print("after", issubclass(Circle, Drawable), isinstance(Circle(), Drawable))
print("mro untouched", Circle.__mro__)
print("not inherited", hasattr(Circle, "__abstractmethods__"))


class Ring(Circle):
    pass


print("subclass of virtual", issubclass(Ring, Drawable), isinstance(Ring(), Drawable))


@Drawable.register
class Square:
    pass


print("decorator", Square.__name__, issubclass(Square, Drawable))

# Registering a class that already is a subclass changes nothing.
token = get_cache_token()
Drawable.register(Circle)
print("re-register keeps token", get_cache_token() == token)


class Real(Drawable):
    def draw(self):
        return "real"


Drawable.register(Real)
print("real subclass keeps token", get_cache_token() == token)

# Registering builtins.
Drawable.register(int)
print("int", isinstance(3, Drawable), issubclass(bool, Drawable), isinstance("s", Drawable))

for bad in (3, "Circle", Circle(), None):
    try:
        Drawable.register(bad)
    except TypeError as e:
        print("register", type(bad).__name__, type(e).__name__, e)

try:
    Real.register(Drawable)
except RuntimeError as e:
    print("cycle", type(e).__name__, e)

try:
    Drawable.register(object)
except RuntimeError as e:
    print("cycle object", e)

try:
    issubclass(Circle(), Drawable)
except TypeError as e:
    print("issubclass instance", e)

try:
    issubclass(5, Drawable)
except TypeError as e:
    print("issubclass int", e)

print("isinstance of non-class", isinstance(5.0, Drawable))


# Registering with one ABC is seen through another ABC's subclasses.
class Base(metaclass=ABCMeta):
    pass


class Child(Base):
    pass


class Lone:
    pass


print("lone before", issubclass(Lone, Base))
Child.register(Lone)
print("lone via child", issubclass(Lone, Child), issubclass(Lone, Base))
print("base not registered directly", issubclass(Child, Lone))
