# functools.singledispatchmethod: instance methods, classmethods, staticmethods.
from functools import singledispatchmethod


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return self.prefix + "?" + type(arg).__name__

    @fmt.register
    def _(self, arg: int):
        return self.prefix + "int:" + str(arg)

    @fmt.register(list)
    def _(self, arg):
        return self.prefix + "list:" + ",".join(self.fmt(x) for x in arg)

    @fmt.register
    def _(self, arg: bool):
        return self.prefix + ("yes" if arg else "no")

    @singledispatchmethod
    @classmethod
    def parse(cls, arg):
        return (cls.__name__, "default")

    @parse.register
    @classmethod
    def _(cls, arg: str):
        return (cls.__name__, "str", arg)

    @parse.register(bytes)
    @classmethod
    def _(cls, arg):
        return (cls.__name__, "bytes", len(arg))

    @singledispatchmethod
    @staticmethod
    def kind(arg):
        return "thing"

    @kind.register(float)
    @staticmethod
    def _(arg):
        return "float %.1f" % arg


f = Formatter("> ")
print("method", f.fmt(3), f.fmt(True), f.fmt("x"), f.fmt([1, False]))
print("class access", Formatter.fmt(f, 7))
print("classmethod", Formatter.parse("s"), f.parse(b"ab"), Formatter.parse(1.0))
print("staticmethod", Formatter.kind(2.5), f.kind(2), f.kind(0.25))


class Sub(Formatter):
    pass


print("subclass", Sub.parse("z"), Sub("# ").fmt(1))

descriptor = Formatter.__dict__["fmt"]
print("descriptor", type(descriptor).__name__, descriptor.__isabstractmethod__)
print("registry", [k.__name__ for k in descriptor.dispatcher.registry])
print("bound name", f.fmt.__name__)
print("register attr", f.fmt.register is not None)


class Later:
    @singledispatchmethod
    def handle(self, arg):
        return "default"


def handle_int(self, arg):
    return "int handler %d" % arg


print("late register", Later.__dict__["handle"].register(int, handle_int) is handle_int)
print("late dispatch", Later().handle(3), Later().handle("3"))

try:
    singledispatchmethod(1)
except TypeError as e:
    print("error", e)
try:
    f.fmt()
except Exception as e:
    print("error no arg", type(e).__name__, e)
