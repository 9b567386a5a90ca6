def leaky():
    yield 1
    raise StopIteration("leak")

try:
    list(leaky())
except RuntimeError as e:
    print(type(e).__name__, e)
    print("cause", type(e.__cause__).__name__, e.__cause__)

def next_in_gen():
    it = iter([])
    yield next(it)

try:
    for x in next_in_gen():
        print(x)
except RuntimeError as e:
    print(type(e).__name__, e)

def return_value():
    yield 1
    return 99

g = return_value()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value)

def returns_none():
    yield 1

g = returns_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value none", e.value, e.args)

def return_tuple():
    return (1, 2)
    yield

try:
    next(return_tuple())
except StopIteration as e:
    print("tuple value", e.value, e.args)

print("subclass", issubclass(StopIteration, Exception))

def gen_raises_subclass():
    class MyStop(StopIteration):
        pass
    yield 1
    raise MyStop

try:
    list(gen_raises_subclass())
except RuntimeError as e:
    print("subclass converted", e, type(e.__cause__).__name__)

def explicit_stop_in_list():
    return [x for x in iter([1, 2, 3])]
print(explicit_stop_in_list())
