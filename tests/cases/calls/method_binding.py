class Greeter:
    greeting = "hello"
    def __init__(self, name):
        self.name = name
    def greet(self, punct="!"):
        return self.greeting + " " + self.name + punct

g = Greeter("ann")
bound = g.greet
print("bound call", bound())
print("bound self", bound.__self__ is g)
print("bound func", bound.__func__ is Greeter.greet)
print("unbound call", Greeter.greet(g, "?"))
print("name", bound.__name__, bound.__qualname__)
print("eq", g.greet == g.greet, g.greet is g.greet)

h = Greeter("bob")
print("different self", g.greet == h.greet)

methods = [Greeter(n).greet for n in ("x", "y")]
print([m() for m in methods])

def external(self):
    return "external for " + self.name
Greeter.external = external
print(g.external())

g.instance_fn = lambda: "not bound"
print(g.instance_fn())

class CallableObj:
    def __call__(self, *a, **k):
        return ("called", a, k)

co = CallableObj()
print(co(1, x=2))
print("callable", callable(co), callable(g), callable(Greeter), callable(bound))

greet_func = Greeter.__dict__["greet"]
print("plain function", type(greet_func).__name__, type(bound).__name__)
print("get binds", greet_func.__get__(h)())
