# Assigning to __class__: method resolution changes, compatibility rules, error messages.
import types

class Idle:
    state = "idle"
    def handle(self, event):
        if event == "start":
            self.__class__ = Running
        return f"{self.state} got {event}"

class Running:
    state = "running"
    def handle(self, event):
        if event == "stop":
            self.__class__ = Idle
        return f"{self.state} got {event}"

m = Idle()
m.data = [1]
for ev in ["poke", "start", "poke", "stop", "poke"]:
    print(m.handle(ev), "->", type(m).__name__)
print("dict kept:", m.data, isinstance(m, Idle), isinstance(m, Running))

# __class__ via attribute on the instance or via setattr.
setattr(m, "__class__", Running)
print("setattr:", type(m).__name__, m.__class__.__name__)
object.__setattr__(m, "__class__", Idle)
print("object.__setattr__:", type(m).__name__)

# Errors.
class Slotted:
    __slots__ = ("x",)
class OtherSlotted:
    __slots__ = ("y",)
class SameSlots:
    __slots__ = ("x",)
s = Slotted()
s.x = 1
s.__class__ = SameSlots
print("same layout ok:", type(s).__name__, s.x)
for label, action in [
    ("to int", lambda: setattr(Idle(), "__class__", 5)),
    ("int instance", lambda: setattr(1, "__class__", bool)),
    ("str instance", lambda: setattr("s", "__class__", str)),
    ("to object", lambda: setattr(Idle(), "__class__", object)),
    ("object instance", lambda: setattr(object(), "__class__", Idle)),
    ("layout", lambda: setattr(Slotted(), "__class__", OtherSlotted)),
    ("dict to slots", lambda: setattr(Idle(), "__class__", Slotted)),
    ("list to subclass", lambda: setattr([], "__class__", type("L", (list,), {}))),
    ("delete", lambda: delattr(Idle(), "__class__")),
]:
    try:
        action()
        print(label, "ok")
    except TypeError as e:
        print(label, "->", e)

# Mutable builtin subclasses can swap between each other.
class ListA(list):
    def who(self):
        return "A"
class ListB(list):
    def who(self):
        return "B"
la = ListA([1, 2])
print("list subclass:", la.who(), end=" ")
la.__class__ = ListB
print(la.who(), la, type(la).__name__)

# Module objects can change class to a ModuleType subclass.
mod = types.ModuleType("demo")
mod.value = 3
class LoudModule(types.ModuleType):
    def __repr__(self):
        return f"<loud module {self.__name__}>"
    @property
    def doubled(self):
        return self.value * 2
mod.__class__ = LoudModule
print("module:", repr(mod), mod.doubled, isinstance(mod, types.ModuleType))

# A property named __class__ lies to isinstance but not to type().
class Liar:
    @property
    def __class__(self):
        return int
lie = Liar()
print("liar:", lie.__class__.__name__, type(lie).__name__, isinstance(lie, int), isinstance(lie, Liar))

# Changing class affects special method lookup immediately.
class Quiet:
    def __repr__(self):
        return "quiet"
class Loud:
    def __repr__(self):
        return "LOUD"
    def __len__(self):
        return 3
q = Quiet()
print("before:", repr(q), end=" ")
q.__class__ = Loud
print("after:", repr(q), len(q))
