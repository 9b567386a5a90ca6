# types.DynamicClassAttribute: instance access as a property, class access via __getattr__.
from types import DynamicClassAttribute


class Meta(type):
    def __getattr__(cls, name):
        if name == "kind":
            return "class-level kind"
        raise AttributeError(name)


class Item(metaclass=Meta):
    def __init__(self, kind):
        self._kind = kind

    @DynamicClassAttribute
    def kind(self):
        "The item's kind."
        return self._kind

    @kind.setter
    def kind(self, value):
        self._kind = value.upper()


it = Item("tool")
print("instance", it.kind)
print("class", Item.kind)
it.kind = "gem"
print("set", it.kind)
try:
    del it.kind
except AttributeError as e:
    print("delete", e)
print("doc", Item.__dict__["kind"].__doc__)
print("has fset", Item.__dict__["kind"].fset is not None, Item.__dict__["kind"].fdel)


class Plain:
    @DynamicClassAttribute
    def value(self):
        return 42


print("plain instance", Plain().value)
try:
    Plain.value
except AttributeError as e:
    print("plain class", type(e).__name__, repr(e))
try:
    Plain().value = 1
except AttributeError as e:
    print("no setter", e)

empty = DynamicClassAttribute()
try:
    empty.__get__(Plain())
except AttributeError as e:
    print("no getter", e)
print("abstract flag", empty.__isabstractmethod__)


def abstract_getter(self):
    return 0


abstract_getter.__isabstractmethod__ = True
d = DynamicClassAttribute(abstract_getter)
print("abstract", d.__isabstractmethod__, d.__get__(None, Plain) is d)
d2 = DynamicClassAttribute(doc="explicit")
d3 = d2.getter(lambda self: 1)
print("docs", d2.__doc__, d3.__doc__, d3.overwrite_doc)


def g1(self):
    "first"


def g2(self):
    "second"


d4 = DynamicClassAttribute(g1).getter(g2)
print("doc follows getter", d4.__doc__, d4.overwrite_doc)
d5 = DynamicClassAttribute(g1).deleter(print)
print("deleter", d5.fdel is print, d5.fget is g1, d5.__doc__)
