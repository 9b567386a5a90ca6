from collections import Counter

a = Counter(a=3, b=1, c=-2, d=0)
b = Counter(b=2, a=1, e=5, c=1)

c = a.copy()
c += b
print("iadd", c)
c = a.copy()
c -= b
print("isub", c)
c = a.copy()
c |= b
print("ior", c)
c = a.copy()
c &= b
print("iand", c)

# in-place operators work with plain mappings too, and keep only positive counts
c = Counter(x=1)
c += {"x": -1, "y": 2}
print("iadd dict", c)
c = Counter(x=5, y=1)
c -= {"x": 2, "y": 1}
print("isub dict", c)
c = Counter(x=1)
c |= {"x": 3, "z": -1}
print("ior dict", c)
c = Counter(x=4, y=4)
c &= Counter(x=2)
print("iand partial", c)

# identity is kept
c = Counter("abc")
before = id(c)
c += Counter("a")
c -= Counter("b")
c |= Counter("dd")
c &= Counter("aaddd")
print("same object", id(c) == before, c)
