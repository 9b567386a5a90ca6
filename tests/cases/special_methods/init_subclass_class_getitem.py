# __init_subclass__ with keyword arguments and __class_getitem__, both implicit classmethods.

registry = {}

class Plugin:
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        print(f"  init_subclass {cls.__name__} name={name} priority={priority} extra={sorted(kwargs)}")
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry[cls.plugin_name] = (cls, priority)

print("defining plugins")
class Alpha(Plugin, name="a", priority=2):
    pass
class Beta(Plugin):
    pass
class Gamma(Alpha, priority=9):
    pass
print("registry:", {k: (v[0].__name__, v[1]) for k, v in registry.items()})
print("names:", Alpha.plugin_name, Beta.plugin_name, Gamma.plugin_name)
print("implicit classmethod:", type(Plugin.__dict__["__init_subclass__"]).__name__)

print("unknown keyword reaches object.__init_subclass__")
try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)

print("not called for the class defining it")
class Root:
    def __init_subclass__(cls):
        print("  root hook for", cls.__name__)
class Leaf(Root):
    pass
class SubLeaf(Leaf):
    pass

print("type() passes keywords too")
Dyn = type("Dyn", (Plugin,), {}, name="dynamic", priority=1)
print(Dyn.plugin_name, registry["dynamic"][1])
import types
Dyn2 = types.new_class("Dyn2", (Plugin,), {"name": "nc"})
print(Dyn2.plugin_name)

print("__class_getitem__")
class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
class SubBox(Box):
    pass
print(Box[int], Box["x"], SubBox[1, 2], Box[()])
print("implicit classmethod:", type(Box.__dict__["__class_getitem__"]).__name__)
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)

class Meta(type):
    def __getitem__(cls, item):
        return ("metaclass getitem", item)
class Both(metaclass=Meta):
    def __class_getitem__(cls, item):
        return ("class_getitem", item)
print("metaclass __getitem__ wins:", Both[0])

class Nothing:
    pass
try:
    Nothing[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[0]
except TypeError as e:
    print(type(e).__name__, e)

print("builtin generics:", list[int], dict[str, list[int]], tuple[int, ...], type(list[int]).__name__)
ga = list[int]
print("alias parts:", ga.__origin__.__name__, ga.__args__, ga == list[int], ga(range(3)))
print("isinstance with alias fails:", end=" ")
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)

class NotCallableGetitem:
    __class_getitem__ = None
try:
    NotCallableGetitem[1]
except TypeError as e:
    print(type(e).__name__, e)
