class Key:
    def __init__(self, name):
        self.name = name
    def __hash__(self):
        return hash(self.name)
    def __eq__(self, other):
        print("  eq called", self.name, getattr(other, "name", other))
        return isinstance(other, Key) and self.name == other.name
    def __repr__(self):
        return f"Key({self.name})"

d = {Key("a"): 1}
print("lookup")
print(d[Key("a")])
k = Key("same")
d[k] = 2
print("identity lookup skips eq:", d[k])

class Collide:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 42
    def __eq__(self, other):
        return isinstance(other, Collide) and self.v == other.v
    def __repr__(self):
        return f"C{self.v}"

cd = {Collide(i): i for i in range(5)}
print(cd, cd[Collide(3)], len(cd))
del cd[Collide(1)]
print(cd)

class NoHash:
    __hash__ = None
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)

class EqOnly:
    def __eq__(self, other):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)

nan = float("nan")
dn = {nan: 1}
print(dn[nan], float("nan") in dn)
print({0: "int"}.get(0.0), {0.0: "float"}.get(False), {-0.0: "neg"}.get(0))
print({"k": 1}.__contains__("k"), {"k": 1}.__getitem__("k"), {}.__len__())

class BadHash:
    def __hash__(self):
        raise ValueError("cannot hash")
try:
    {BadHash(): 1}
except ValueError as e:
    print(type(e).__name__, e)
