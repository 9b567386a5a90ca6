# __getattribute__ is called for every lookup; __getattr__ only when normal lookup raises AttributeError.

calls = []

class Both:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
    def __getattribute__(self, name):
        calls.append(("getattribute", name))
        if name == "hidden":
            raise AttributeError(f"hidden is hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        calls.append(("getattr", name))
        return f"<fallback {name}>"

b = Both()
calls.clear()
print("inst:", b.inst)
print("cls:", b.cls_attr)
print("missing:", b.missing)
print("hidden:", b.hidden)
print("calls:", calls)
calls.clear()
print("getattr default not used:", getattr(b, "nothing", "dflt"), calls)

# A property raising AttributeError triggers __getattr__.
class PropFallback:
    @property
    def broken(self):
        raise AttributeError("inner failure")
    def __getattr__(self, name):
        return "getattr rescued " + name
print(PropFallback().broken)

# Other exceptions from __getattribute__ do not fall back.
class Strict:
    def __getattribute__(self, name):
        if name == "bad":
            raise KeyError(name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback"
try:
    Strict().bad
except KeyError as e:
    print("KeyError propagates", e)
print("fallback for missing:", Strict().zzz)

# Special method lookup bypasses __getattribute__ on the instance.
class Spy:
    def __getattribute__(self, name):
        print("  spy", name)
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "Spy()"
s = Spy()
print("len:", len(s))
print("method:", s.__len__())
print("repr:", repr(s))

# __getattr__ is not consulted for special methods either.
class Dyn:
    def __getattr__(self, name):
        return lambda *a: 99
d = Dyn()
print("explicit:", d.__len__())
try:
    len(d)
except TypeError as e:
    print(type(e).__name__, e)

# Delegation via super().__getattribute__ and avoiding recursion.
class Counting:
    def __init__(self):
        object.__setattr__(self, "hits", {})
    def __getattribute__(self, name):
        hits = super().__getattribute__("hits")
        hits[name] = hits.get(name, 0) + 1
        return super().__getattribute__(name)
c = Counting()
c.x = 1
c.x; c.x; c.hits
print("hits:", sorted(c.hits.items()))

# __getattr__ raising AttributeError gives the usual failure; message is whatever it raises.
class Picky:
    def __getattr__(self, name):
        if name.startswith("ok_"):
            return name[3:]
        raise AttributeError(f"{type(self).__name__} has no {name}")
p = Picky()
print(p.ok_yes, hasattr(p, "ok_x"), hasattr(p, "no"))
try:
    p.no
except AttributeError as e:
    print(type(e).__name__, e)

# Class attribute lookup is not affected by instance-level __getattr__.
try:
    Picky.ok_class
except AttributeError as e:
    print(type(e).__name__, e)

# Default messages.
class Empty:
    pass
for target, name in [(Empty(), "a"), (Empty, "b"), (5, "c"), ("s", "d"), (None, "e")]:
    try:
        getattr(target, name)
    except AttributeError as e:
        print(type(e).__name__, e)
