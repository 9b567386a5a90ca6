# types.new_class, prepare_class and resolve_bases.
import types

Plain = types.new_class("Plain")
print("plain", Plain.__name__, Plain.__bases__, type(Plain).__name__, Plain.__module__)


def body(ns):
    ns["x"] = 10
    ns["double"] = lambda self: self.x * 2


Filled = types.new_class("Filled", (object,), exec_body=body)
print("filled", Filled().double(), Filled.x)


class Base:
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


Flagged = types.new_class("Flagged", (Base,), {"flag": "on"})
print("kwds", Flagged.flag, Flagged.__mro__[1].__name__)


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, [b.__name__ for b in bases], sorted(kw))
        return {"prepared": True}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


M = types.new_class("M", (), {"metaclass": Meta, "extra": 1})
print("meta", type(M).__name__, M.prepared)
print("prepare_class", types.prepare_class("A"))
meta, ns, kw = types.prepare_class("B", (M,), {"extra": 2})
print("prepare_class meta", meta.__name__, ns, kw)
kwds = {"metaclass": type, "k": 1}
print("kwds copy", types.prepare_class("C", (), kwds)[2], kwds)


class Entry:
    def __mro_entries__(self, bases):
        return (int,)


class Two:
    def __mro_entries__(self, bases):
        return (Base, dict)


e = Entry()
bases = (e,)
print("resolve", types.resolve_bases(bases))
print("untouched", types.resolve_bases((int, str)))
orig = (str,)
print("same tuple", types.resolve_bases(orig) is orig)
print("splice", types.resolve_bases((str, Two(), 5)))
Made = types.new_class("Made", bases)
print("orig bases", Made.__orig_bases__ == bases, Made.__bases__, Made(7) + 1)


class Wrong:
    def __mro_entries__(self, bases):
        return [int]


try:
    types.resolve_bases((Wrong(),))
except TypeError as e:
    print("not tuple", e)


class M2(type):
    pass


class OtherMeta(type):
    pass


A2 = M2("A2", (), {})
B2 = OtherMeta("B2", (), {})
try:
    types.new_class("C2", (A2, B2))
except TypeError as e:
    print("conflict", e)
print("winner", types.prepare_class("D", (A2,), {"metaclass": type})[0].__name__)
