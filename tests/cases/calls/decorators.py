trace = []

def log_calls(fn):
    def wrapper(*args, **kwargs):
        trace.append((fn.__name__, args, kwargs))
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.wrapped = fn
    return wrapper

@log_calls
def add(a, b=0):
    return a + b

print(add(1, 2), add(5), add(a=1, b=1))
print("trace", trace)
print("name", add.__name__, add.wrapped.__name__)

def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco

@repeat(3)
def hello(who):
    return "hi " + who

print(hello("z"))

order = []
def mark(tag):
    order.append("make " + tag)
    def deco(fn):
        order.append("apply " + tag)
        return fn
    return deco

@mark("outer")
@mark("inner")
def target():
    pass
print("decorator order", order)

def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco

REG = {}
@register(REG)
class Plugin:
    pass
print("registry", list(REG), REG["Plugin"] is Plugin)

@lambda fn: fn.__name__.upper()
def replaced():
    pass
print("replaced", replaced)

def counted(fn):
    def w(*a):
        w.calls += 1
        return fn(*a)
    w.calls = 0
    return w

@counted
def sq(x):
    return x * x
sq(2); sq(3)
print("calls", sq.calls)
