# Cycles running through lists, dicts, tuples and sets of instances are collected by
# gc.collect(); weak references to the members then die.
import gc
import weakref

class Obj:
    def __init__(self, name):
        self.name = name

gc.disable()

def check(label, build):
    refs = build()
    before = [r() is not None for r in refs]
    gc.collect()
    after = [r() is None for r in refs]
    print(label, "alive before", all(before), "dead after", all(after))

def list_cycle():
    a = Obj("a")
    l = [a]
    a.l = l
    return [weakref.ref(a)]

def dict_cycle():
    a, b = Obj("a"), Obj("b")
    d = {"a": a, "b": b}
    a.d = d
    b.d = d
    return [weakref.ref(a), weakref.ref(b)]

def tuple_cycle():
    a = Obj("a")
    a.t = (1, [a], "x")
    return [weakref.ref(a)]

def dict_key_cycle():
    a = Obj("a")
    a.d = {a: 1}
    return [weakref.ref(a)]

def set_cycle():
    a = Obj("a")
    a.s = {a}
    return [weakref.ref(a)]

def long_ring():
    nodes = [Obj(str(i)) for i in range(20)]
    for i, n in enumerate(nodes):
        n.next = nodes[(i + 1) % 20]
    return [weakref.ref(n) for n in nodes]

def nested_lists():
    a = Obj("a")
    outer = [[[[a]]]]
    a.outer = outer
    return [weakref.ref(a)]

for label, build in [("list", list_cycle), ("dict", dict_cycle), ("tuple", tuple_cycle),
                     ("dict key", dict_key_cycle), ("set", set_cycle),
                     ("ring", long_ring), ("nested", nested_lists)]:
    check(label, build)

# A bare list containing itself.
x = []
x.append(x)
d = {}
d["self"] = d
del x, d
print("bare cycles collected", gc.collect() > 0)
print("nothing left", gc.collect() == 0)
gc.enable()
