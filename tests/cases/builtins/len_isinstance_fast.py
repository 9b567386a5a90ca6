# len() and isinstance() are answered inside the eval loop for builtin containers and plain
# classes; subclasses, metaclass hooks, __class__ claims and errors must behave as before.
class L(list):
    def __len__(self):
        return 42

class Meta(type):
    def __instancecheck__(cls, obj):
        print("  instancecheck", cls.__name__, type(obj).__name__)
        return obj == "yes"

class Hooked(metaclass=Meta):
    pass

class Base:
    pass

class Child(Base):
    pass

class Liar:
    __class__ = Base

items = ["abc", "héllo", [1, 2], (1,), {1: 2}, {1, 2, 3}, b"xyz", frozenset([1]), range(7),
         L([1]), bytearray(b"ab"), {}.keys()]
for x in items:
    print(type(x).__name__, len(x))
for bad in [1, None, 2.5, Base()]:
    try:
        len(bad)
    except TypeError as e:
        print("len error:", e)
try:
    len()
except TypeError as e:
    print("len():", e)
try:
    len([1], [2])
except TypeError as e:
    print("len(a, b):", e)
print(isinstance(Child(), Base), isinstance(Base(), Child), isinstance(3, int),
      isinstance(True, int), isinstance(3, (str, int)), isinstance(Liar(), Base))
print(isinstance("yes", Hooked), isinstance("no", Hooked))
print(isinstance(Liar(), (int, Base)), isinstance(Liar(), Liar), isinstance(5, (str, list)),
      isinstance(5, (str, (int,))), isinstance("yes", (int, Hooked)), isinstance([], ()))
print(isinstance(Child(), (int, str)), isinstance(L(), (dict, list)), isinstance(Base, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print("isinstance error:", e)
try:
    isinstance(1)
except TypeError as e:
    print("isinstance(1):", e)
len = lambda x: -1
print("shadowed len", len([1, 2, 3]))
del len
print("restored", len([1, 2, 3]))
n = 0
for i in range(1000):
    n += len(items[i % len(items)]) + isinstance(i, int)
print("loop", n)
