class Tracker:
    def __new__(cls, *args, **kwargs):
        print("  __new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created = True
        return inst
    def __init__(self, value, flag=False):
        print("  __init__", value, flag)
        self.value = value

t = Tracker(5, flag=True)
print(t.created, t.value)

class Singleton:
    _instance = None
    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
print(Singleton() is Singleton())

class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never runs")
print(ReturnsOther(), type(ReturnsOther()).__name__)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class UpperStr(str):
    def __new__(cls, value):
        return super().__new__(cls, value.upper())
u = UpperStr("hello")
print(u, type(u).__name__, u + "!", len(u), isinstance(u, str))

class PositiveInt(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(PositiveInt(5) + 1, type(PositiveInt(5) + 1).__name__, repr(PositiveInt(7)))
try:
    PositiveInt(-1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    object.__new__(5)
except TypeError as e:
    print(type(e).__name__, e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class WithInitOnly:
    def __init__(self, a):
        self.a = a
print(WithInitOnly(a=3).a)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
