# Temporaries in expressions die as soon as the expression no longer needs them.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)

    def get(self):
        return self.name + "!"

    def __add__(self, other):
        return Noisy(self.name + "+" + other.name)


print("-- attribute of a temporary")
print("value", Noisy("t1").name)

print("-- method call on a temporary")
print("value", Noisy("t2").get())

print("-- expression statement")
Noisy("stmt")
print("after expression statement")

print("-- binary operation on temporaries")
s = Noisy("l") + Noisy("r")
print("sum", s.name)
del s

print("-- temporary in a condition")
if Noisy("cond").name:
    print("in if body")
print("after if")

print("-- temporary passed to a builtin")
print("len", len(Noisy("lenarg").name))

print("-- temporaries in a list display that is discarded")
[Noisy("d0"), Noisy("d1"), Noisy("d2")]
print("after list display")

print("-- temporaries in a tuple display that is discarded")
(Noisy("u0"), Noisy("u1"), Noisy("u2"))
print("after tuple display")

print("-- comprehension result discarded")
[Noisy("c%d" % i) for i in range(3)]
print("after comprehension")

print("-- temporary in a comparison")
print("eq", Noisy("cmp").name == "cmp")

print("-- temporary in f-string")
print(f"fstr {Noisy('fs').name}")

print("-- temporary subscript")
print("item", [Noisy("sub0"), Noisy("sub1")][1].name)

print("-- chained method calls")


class Builder:
    def __init__(self, n):
        self.n = n

    def next(self):
        return Builder(self.n + 1)

    def __del__(self):
        print("del builder", self.n)


print("final", Builder(0).next().next().n)
print("end")
