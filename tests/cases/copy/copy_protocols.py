# __reduce__, __reduce_ex__, __getstate__/__setstate__, __getnewargs__, uncopyable objects.
import copy
import sys


class Reduced:
    def __init__(self, a, b=0):
        print("  __init__", a, b)
        self.a = a
        self.b = b

    def __reduce__(self):
        print("  __reduce__")
        return (Reduced, (self.a,), {"b": self.b * 10})


r = Reduced(1, 2)
c = copy.copy(r)
print("reduce", c.a, c.b)
d = copy.deepcopy(r)
print("reduce_deep", d.a, d.b)


class ReducedEx:
    def __reduce_ex__(self, protocol):
        print("  __reduce_ex__", protocol)
        return (list, ([1, 2],))


print("reduce_ex", copy.copy(ReducedEx()), copy.deepcopy(ReducedEx()))


class Global:
    def __reduce__(self):
        return "GLOBAL_NAME"


g = Global()
print("reduce_str", copy.copy(g) is g, copy.deepcopy(g) is g)


class State:
    def __init__(self):
        self.x = 1
        self.cache = "expensive"

    def __getstate__(self):
        print("  __getstate__")
        return {"x": self.x}

    def __setstate__(self, state):
        print("  __setstate__", state)
        self.__dict__.update(state)
        self.cache = None


c = copy.copy(State())
print("state", c.x, c.cache)
c = copy.deepcopy(State())
print("state_deep", c.x, c.cache)


class OnlySet:
    def __setstate__(self, state):
        print("  __setstate__ called with", state)


c = copy.copy(OnlySet())
print("empty_state_skipped", type(c).__name__)
o = OnlySet()
o.v = 5
c = copy.copy(o)
print("setstate_no_dict_update", hasattr(c, "v"))


class NewArgs:
    def __new__(cls, value):
        print("  __new__", value)
        self = object.__new__(cls)
        self.value = value
        return self

    def __getnewargs__(self):
        return (self.value + 1,)


c = copy.copy(NewArgs(1))
print("getnewargs", c.value)


class NewArgsEx:
    def __new__(cls, *, tag):
        self = object.__new__(cls)
        self.tag = tag
        return self

    def __getnewargs_ex__(self):
        return ((), {"tag": self.tag.upper()})


c = copy.deepcopy(NewArgsEx(tag="t"))
print("getnewargs_ex", c.tag)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


for label, obj in [("module", sys), ("generator", (i for i in [])), ("badnewargs", BadNewArgs())]:
    for func in (copy.copy, copy.deepcopy):
        try:
            func(obj)
            print(label, "copied")
        except TypeError as e:
            print(label, func.__name__, e)


class Err(Exception):
    def __init__(self, msg, code=0):
        super().__init__(msg, code)
        self.code = code


e = copy.deepcopy(Err("boom", 3))
print("exception_deep", type(e).__name__, e.args, e.code)
print("object", type(copy.copy(object())).__name__)


class SlotsGS:
    __slots__ = ("p", "q")

    def __init__(self):
        self.p = [1]


c = copy.deepcopy(SlotsGS())
print("slots_deep", c.p, hasattr(c, "q"))
