# __del__ on subclasses of builtin types.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


class L(list):
    def __del__(self):
        print("L.__del__ len", len(self), [x.name for x in self])


class D(dict):
    def __del__(self):
        print("D.__del__ keys", sorted(self))


class I(int):
    def __del__(self):
        print("I.__del__", int(self))


class S(str):
    def __del__(self):
        print("S.__del__", str(self))


class T(tuple):
    def __del__(self):
        print("T.__del__", len(self))


print("-- list subclass: __del__ sees the items, then items die")
lst = L([Noisy("i0"), Noisy("i1")])
lst = None
print("after L")

print("-- empty list subclass")
L()
print("after empty L")

print("-- dict subclass")
d = D(b=Noisy("vb"), a=Noisy("va"))
d = None
print("after D")

print("-- int subclass")
n = I(42)
m = n + 1
print("n + 1 is a plain int:", type(m).__name__, m)
n = None
print("after I")

print("-- str subclass")
s = S("hello")
print("upper", s.upper())
s = None
print("after S")

print("-- tuple subclass")
t = T((Noisy("t0"), Noisy("t1")))
t = None
print("after T")

print("-- list subclass with extra attribute")


class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag

    def __del__(self):
        print("Tagged.__del__", self.tag.name)


tg = Tagged([Noisy("elem")], Noisy("tag"))
tg = None
print("after Tagged")

print("-- list subclass mutated before dying")
lst = L([Noisy("m0"), Noisy("m1"), Noisy("m2")])
lst.pop()
lst.append(Noisy("m3"))
lst = None
print("after mutated L")

print("-- Exception subclass with __del__")


class Err(Exception):
    def __del__(self):
        print("Err.__del__", self.args)


try:
    raise Err("oops")
except Err as e:
    print("caught", e)
print("after except")
print("end")
