# object.__new__/__init__ argument checking and __new__ returning other objects.

class Empty:
    pass
for label, action in [
    ("Empty(1)", lambda: Empty(1)),
    ("Empty(k=1)", lambda: Empty(k=1)),
    ("object(1)", lambda: object(1)),
    ("object.__new__()", lambda: object.__new__()),
    ("object.__new__(5)", lambda: object.__new__(5)),
    ("object.__new__(int)", lambda: object.__new__(int)),
    ("object.__new__(Empty, 1)", lambda: object.__new__(Empty, 1)),
    ("object.__init__(e, 1)", lambda: object.__init__(Empty(), 1)),
    ("int.__new__(str)", lambda: int.__new__(str)),
    ("int.__new__(Empty)", lambda: int.__new__(Empty)),
]:
    try:
        r = action()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, "->", e)

# Overriding only __init__ allows arguments; overriding only __new__ too.
class OnlyInit:
    def __init__(self, a):
        self.a = a
class OnlyNew:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print("only init:", OnlyInit(1).a, "only new:", OnlyNew(2).a)
class NewPassesArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
try:
    NewPassesArgs(1)
except TypeError as e:
    print("passing args to object.__new__ ->", e)
class InitPassesArgs:
    def __init__(self, *args):
        super().__init__(*args)
try:
    InitPassesArgs(1)
except TypeError as e:
    print("passing args to object.__init__ ->", e)
print("no args fine:", type(NewPassesArgs()).__name__, type(InitPassesArgs()).__name__)

# __new__ returning an instance of another class skips __init__.
class Other:
    def __init__(self):
        print("  Other.__init__")
class Factory:
    def __new__(cls, kind):
        print("  Factory.__new__", kind)
        if kind == "other":
            return Other()
        if kind == "int":
            return 42
        if kind == "sub":
            return super().__new__(SubFactory)
        return super().__new__(cls)
    def __init__(self, kind):
        print("  Factory.__init__", kind)
class SubFactory(Factory):
    def __init__(self, kind):
        print("  SubFactory.__init__", kind)
for kind in ["self", "other", "int", "sub"]:
    r = Factory(kind)
    print(kind, "->", type(r).__name__)

# __new__ is a static method; calling it directly needs the class.
print("new kind:", type(Factory.__dict__["__new__"]).__name__)
r = Factory.__new__(Factory, "direct")
print("direct new skips init:", type(r).__name__)

# __init__ must return None.
class InitReturns:
    def __init__(self):
        return "value"
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

# Errors in __new__ signature.
class NewNoArgs:
    def __new__(cls):
        return super().__new__(cls)
try:
    NewNoArgs(1)
except TypeError as e:
    print(type(e).__name__, e)
class NewNotStatic:
    __new__ = lambda: None
try:
    NewNotStatic()
except TypeError as e:
    print(type(e).__name__, e)

# Calling __init__ again re-initialises.
o = OnlyInit(1)
o.__init__(5)
print("re-init:", o.a)

# type.__call__ on a metaclass-level: explicit call of type.__call__.
print("type.__call__:", type.__call__(OnlyInit, 9).a)
