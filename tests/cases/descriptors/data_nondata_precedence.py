# Attribute lookup precedence: data descriptors beat the instance dict, which beats non-data descriptors.

class Data:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner=None):
        return f"data:{self.tag}"
    def __set__(self, obj, value):
        print("  Data.__set__", self.tag, value)

class NonData:
    def __init__(self, tag):
        self.tag = tag
    def __get__(self, obj, owner=None):
        return f"nondata:{self.tag}"

class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["s"] = ("stored", value)

class DeleteOnly:
    def __delete__(self, obj):
        print("  DeleteOnly.__delete__")

class C:
    d = Data("d")
    n = NonData("n")
    s = SetOnly()
    k = DeleteOnly()
    plain = "class value"

c = C()
print("data from class:", c.d)
c.__dict__["d"] = "instance d"
print("data beats instance dict:", c.d, c.__dict__["d"])
c.d = 5
print("after assign, dict still:", c.__dict__["d"])

print("nondata before:", c.n)
c.__dict__["n"] = "instance n"
print("instance dict beats nondata:", c.n)
del c.__dict__["n"]
print("nondata again:", c.n)
c.n = "assigned"
print("assignment shadows nondata:", c.n, C.n)

print("set-only descriptor, empty dict:", type(c.s).__name__)
c.s = 1
print("set-only with dict entry:", c.s)

print("delete-only from class:", type(c.k).__name__)
c.__dict__["k"] = "shadow?"
print("delete-only is data, dict ignored:", type(c.k).__name__)
del c.k
try:
    c.k = 3
except AttributeError as e:
    print(type(e).__name__, e)

print("plain class attr:", c.plain)
c.plain = "inst"
print("plain shadowed:", c.plain, C.plain)

# Descriptor added to the class after the instance dict was populated.
class D:
    pass
dd = D()
dd.x = "from dict"
print("before descriptor:", dd.x)
D.x = NonData("late")
print("late nondata:", dd.x)
D.x = Data("late")
print("late data:", dd.x)
del D.x
print("descriptor removed:", dd.x)

# Inherited descriptors behave the same; a subclass attribute hides the base descriptor.
class E(C):
    d = "plain override"
e = E()
print("sub override:", e.d, "| base nondata:", e.n)
e.__dict__["d"] = "inst"
print("override no longer a descriptor:", e.d)

# Descriptors are only looked up on the type, not on the instance.
class F:
    pass
f = F()
f.attr = Data("on instance")
print("descriptor in instance dict is returned as is:", type(f.attr).__name__, f.attr.tag)

# Class-level access: __get__ with obj None.
class Show:
    def __get__(self, obj, owner):
        return ("get", obj is None, owner.__name__)
class G:
    s = Show()
class H(G):
    pass
print(G.s, H.s, G().s, H().s)
