# Generator locals die when the generator finishes or is dropped.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def gen(tag):
    a = Noisy(tag + "-local")
    yield 1
    yield 2
    print("generator", tag, "finishing")


print("-- exhausted generator")
g = gen("ex")
print(list(g))
print("after list(g)")
g = None
print("after dropping exhausted generator")

print("-- dropped while suspended")
g = gen("sus")
print("next", next(g))
g = None
print("after dropping suspended generator")

print("-- never started")
g = gen("never")
g = None
print("after dropping unstarted generator")

print("-- try/finally in a dropped generator")


def with_finally():
    obj = Noisy("fin-local")
    try:
        yield "a"
        yield "b"
    finally:
        print("finally runs")


g = with_finally()
print("next", next(g))
del g
print("after del suspended try/finally generator")

print("-- explicit close")
g = with_finally()
next(g)
g.close()
print("after close")
g = None
print("after dropping closed generator")

print("-- generator holding an argument")


def consume(x):
    yield x.name


g = consume(Noisy("arg"))
print("value", next(g))
print("still suspended")
try:
    next(g)
except StopIteration:
    print("StopIteration")
print("exhausted but referenced")
del g
print("after del")

print("-- for loop over a generator")
for v in gen("loop"):
    print("loop value", v)
print("after for loop")

print("-- break out of a for loop over a generator")
for v in gen("brk"):
    print("value", v)
    break
print("after break")

print("-- generator expression holding an object")
src = [Noisy("genexp-item")]
ge = (n.name for n in src)
del src
print("list name dropped")
print("first", next(ge))
ge = None
print("end")
