# A typo in an attribute name on a slotted class is caught at assignment time; here it escapes.

class Vector:
    __slots__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        self.x, self.y, self.z = x, y, z
    def __repr__(self):
        return f"Vector({self.x}, {self.y}, {self.z})"
    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)
    def normalise_in_place(self):
        total = abs(self.x) + abs(self.y) + abs(self.z)
        self.x /= total
        self.y /= total
        self.zz = self.z / total

v = Vector(1, 2, 3)
print(v, v.scale(2))
w = Vector.__new__(Vector)
w.x = 5
print("partial:", w.x, hasattr(w, "y"))
try:
    print(w)
except AttributeError as e:
    print(type(e).__name__, e)
print("in slots:", [n for n in Vector.__slots__], hasattr(v, "__dict__"))
try:
    v.w = 4
except AttributeError as e:
    print(type(e).__name__, e)
print("normalising")
v.normalise_in_place()
print("unreachable", v)
