class Recorder:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.args = args
        return "truthy string"

with Recorder() as r:
    pass
print("no exception", r.args)

with Recorder() as r:
    1 / 0
print("exc type", r.args[0].__name__, "value", repr(r.args[1]), "tb", type(r.args[2]).__name__)

class Raises:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")

try:
    with Raises():
        print("never runs")
except RuntimeError as e:
    print("enter error", e)

class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise ValueError("exit failed")

try:
    with ExitRaises():
        raise KeyError("body")
except ValueError as e:
    print("exit error", e, "context", repr(e.__context__))

class Order:
    def __init__(self, n):
        self.n = n
    def __enter__(self):
        print("enter", self.n)
    def __exit__(self, *a):
        print("exit", self.n)

with Order(1), Order(2), Order(3):
    print("inside")

class FalseyExit:
    def __enter__(self):
        return 1
    def __exit__(self, *a):
        return 0
try:
    with FalseyExit():
        raise IndexError("kept")
except IndexError as e:
    print("falsey exit propagates", e)
