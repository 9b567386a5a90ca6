# __del__ runs as soon as the last reference goes away by rebinding a name.

class Noisy:
    def __init__(self, name):
        self.name = name
        print("new", name)

    def __del__(self):
        print("del", self.name)


print("-- simple rebind")
a = Noisy("a1")
print("before rebind")
a = Noisy("a2")
print("after rebind")

print("-- rebind to None")
a = None
print("after None")

print("-- two names, rebind one then the other")
b = Noisy("b")
c = b
b = 1
print("b rebound, c still alive:", c.name)
c = 2
print("c rebound")

print("-- rebind to itself does not free")
d = Noisy("d")
d = d
print("still alive:", d.name)
del d

print("-- rebind to an attribute of itself")
e = Noisy("e")
e = e.name
print("e is now", e)

print("-- tuple-unpacking rebind")
x, y = Noisy("x1"), Noisy("y1")
print("unpacked")
x, y = Noisy("x2"), Noisy("y2")
print("re-unpacked")
x, y = y, x
print("swapped", x.name, y.name)
x = y = None
print("both cleared")

print("-- augmented assignment returning new object")


class Counter:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        return Counter(self.n + k)

    def __del__(self):
        print("del counter", self.n)


k = Counter(0)
k += 1
print("after +=", k.n)
k += 10
print("after +=", k.n)
del k
print("-- loop variable rebinding")
for item in [Noisy("L0"), Noisy("L1"), Noisy("L2")][:]:
    print("visit", item.name)
print("loop done, item still bound:", item.name)
item = None
print("-- chained assignment")
p = q = r = Noisy("chain")
p = None
print("p cleared")
q = None
print("q cleared")
r = None
print("r cleared")
print("end")
