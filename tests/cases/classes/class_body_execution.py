print("before class")
class Recorder:
    print("  class body runs at definition")
    x = 1
    y = x + 1
    for i in range(3):
        pass
    if y > 1:
        z = "conditional attr"
    def m(self):
        return "method"
    print("  names so far:", sorted(k for k in locals() if not k.startswith("__")))
print("after class")
print(Recorder.i, Recorder.z, Recorder.__qualname__, Recorder.__module__)
print(sorted(k for k in Recorder.__dict__ if not k.startswith("__")))
def make(n):
    class Dyn:
        size = n
    return Dyn
print(make(3).size, make(4).size, make(3) is make(3))
C = type("C", (), {"a": 1, "hello": lambda self: "hi from type()"})
print(C.a, C().hello(), C.__name__, C.__bases__)
D = type("D", (C,), {})
print(D().hello(), D.__mro__)
print(type(C), type(type), type(int), type(5))
try:
    type("Bad", 5, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class Nested:
    class Inner:
        class Deeper:
            pass
print(Nested.Inner.Deeper.__qualname__, Nested.Inner.__name__)
