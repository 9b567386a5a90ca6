# The descriptor protocol methods: arguments passed, return values, class and metaclass access.

log = []

class Tracer:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        log.append(("get", self.name, None if obj is None else type(obj).__name__,
                    None if objtype is None else objtype.__name__))
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, value):
        log.append(("set", self.name, type(obj).__name__, value))
        obj.__dict__["_" + self.name] = value
    def __delete__(self, obj):
        log.append(("delete", self.name, type(obj).__name__))
        obj.__dict__.pop("_" + self.name, None)

def flush(label):
    print(label, log)
    log.clear()

class A:
    x = Tracer()
    y = Tracer()

a = A()
print("x:", a.x)
flush("log1")
a.x = 10
a.y = 20
print("x y:", a.x, a.y)
flush("log2")
del a.x
print("x after del:", a.x)
flush("log3")
print("class access returns descriptor:", type(A.x).__name__, A.x.name)
flush("log4")
print("explicit __get__:", A.__dict__["y"].__get__(a, A), A.__dict__["y"].__get__(a))
flush("log5")

# getattr / setattr / delattr / hasattr go through the same protocol.
setattr(a, "x", "via setattr")
print(getattr(a, "x"), hasattr(a, "y"))
delattr(a, "y")
flush("log6")

# A descriptor on a metaclass intercepts class attribute access.
class ClassAttr:
    def __get__(self, obj, objtype=None):
        log.append(("meta get", obj.__name__, objtype.__name__))
        return getattr(obj, "_store", "empty")
    def __set__(self, obj, value):
        log.append(("meta set", obj.__name__, value))
        type.__setattr__(obj, "_store", value)
class Meta(type):
    tag = ClassAttr()
class B(metaclass=Meta):
    pass
print("metaclass descriptor before:", B.tag)
B.tag = "meta value"
print("metaclass descriptor:", B.tag, "tag" in B.__dict__, B._store)
flush("log7")
try:
    B().tag
except AttributeError as e:
    print(type(e).__name__, e)

# __get__ results are not cached.
class Counter:
    def __init__(self):
        self.n = 0
    def __get__(self, obj, objtype=None):
        self.n += 1
        return self.n
class K:
    c = Counter()
k = K()
print("counter:", k.c, k.c, K.c, k.c)

# A descriptor whose __get__ raises AttributeError makes hasattr False.
class Missing:
    def __get__(self, obj, objtype=None):
        raise AttributeError("computed attribute missing")
class M:
    m = Missing()
print("hasattr:", hasattr(M(), "m"), getattr(M(), "m", "default"))
try:
    M().m
except AttributeError as e:
    print(type(e).__name__, e)

# A descriptor __set__ that raises other exceptions propagates them.
class Validated:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return obj.__dict__[self.name] if obj else self
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name} must be int, got {type(value).__name__}")
        obj.__dict__[self.name] = value
class P:
    count = Validated()
p = P()
p.count = 3
print("validated:", p.count)
try:
    p.count = "three"
except TypeError as e:
    print(type(e).__name__, e)
try:
    del p.count
except AttributeError as e:
    print(type(e).__name__, e)
