# `del name` drops a reference immediately.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- del single name")
a = Noisy("a")
print("before del")
del a
print("after del")

print("-- del several names in one statement")
b = Noisy("b")
c = Noisy("c")
d = Noisy("d")
del b, c, d
print("after del b, c, d")

print("-- del order follows the statement order")
e = Noisy("e")
f = Noisy("f")
del f, e
print("after del f, e")

print("-- del one of two references")
g = Noisy("g")
h = g
del g
print("g deleted, h alive:", h.name)
del h
print("h deleted")

print("-- del a name bound to a container")
lst = [Noisy("in-list")]
alias = lst[0]
del lst
print("list gone, item alive:", alias.name)
del alias
print("alias gone")

print("-- del in a function body")


def work():
    loc = Noisy("local")
    print("made local")
    del loc
    print("deleted local")
    return "ret"


print(work())

print("-- del then NameError")
m = Noisy("m")
del m
try:
    m
except NameError as exc:
    print("NameError:", exc)

print("-- del in a loop")
for i in range(3):
    tmp = Noisy("loop%d" % i)
    del tmp
    print("iteration", i, "done")

print("-- del of a global from inside a function")
gl = Noisy("global")


def kill():
    global gl
    del gl
    print("killed inside function")


kill()
print("back at module level")
print("end")
