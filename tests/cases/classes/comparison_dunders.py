class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts == o.parts
    def __lt__(self, o):
        if not isinstance(o, Version):
            return NotImplemented
        return self.parts < o.parts
    def __le__(self, o):
        return self == o or self < o
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

vs = [Version("1.10"), Version("1.2"), Version("1.2.1"), Version("0.9")]
print(sorted(vs), max(vs), min(vs))
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.1"), Version("2") > Version("1.9"), Version("1") >= Version("1"))
print(Version("1") == "1", Version("1") != "1", {Version("1.0"), Version("1.0")})
try:
    Version("1") < 5
except TypeError as e:
    print(type(e).__name__, e)

class Loud:
    def __init__(self, n):
        self.n = n
    def __eq__(self, o):
        print(f"  {self.n}.__eq__({o.n})")
        return NotImplemented
print(Loud(1) == Loud(2))
print(Loud(3) != Loud(3))
a = Loud(4)
print(a == a, [a] == [a], a in [a])

class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())

class Refl:
    def __gt__(self, o):
        return "Refl.__gt__ reflected"
print(5 < Refl())
class OnlyLt:
    def __lt__(self, o):
        return True
try:
    OnlyLt() > OnlyLt()
    print("gt reflected to lt:", OnlyLt() > OnlyLt())
except TypeError as e:
    print(type(e).__name__, e)
try:
    OnlyLt() <= OnlyLt()
except TypeError as e:
    print(type(e).__name__, e)
class EqNoHash:
    def __eq__(self, o):
        return True
print(EqNoHash.__hash__)
