# Closing a generator runs its finally blocks and then destroys its locals; dropping the last
# reference to a suspended generator closes it.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def gen(label):
    a = D(label + "-a")
    try:
        b = D(label + "-b")
        yield 1
        yield 2
    finally:
        print("  finally", label)

print("explicit close")
g = gen("g1")
next(g)
g.close()
print("closed; dropping")
del g
print("dropped")

print("drop suspended")
g = gen("g2")
next(g)
g = None
print("after drop")

print("exhausted")
g = gen("g3")
for v in g:
    pass
print("  loop done")
del g

print("break out of for loop")
for v in gen("g4"):
    break
print("after break")

print("generator expression")
ge = (D("item%d" % i) for i in range(3))
first = next(ge)
print("  got", first.name)
del first
print("  first dropped")
del ge
print("after genexpr drop")

print("yield inside with")
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        print("  exit cm")
def gen_with():
    res = D("res")
    with CM():
        yield 1
g = gen_with()
next(g)
del g
print("done")
