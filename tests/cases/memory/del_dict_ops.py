# Removing values from a dict drops them right away.

class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


print("-- replacing a value")
d = {"a": Noisy("a1"), "b": Noisy("b1")}
d["a"] = Noisy("a2")
print("after d['a'] =", d["a"].name)

print("-- del d[k]")
del d["b"]
print("after del d['b']", list(d))

print("-- d.pop(k)")
d["c"] = Noisy("c")
d.pop("c")
print("after pop('c')", list(d))
v = d.pop("a")
print("popped and kept", v.name)
v = None
print("released")

print("-- d.pop(k, default) with missing key")
dflt = d.pop("zzz", Noisy("default"))
print("got default", dflt.name)
del dflt

print("-- popitem")
d = {1: Noisy("one"), 2: Noisy("two"), 3: Noisy("three")}
d.popitem()
print("after popitem", list(d))
k, v = d.popitem()
print("kept", k, v.name)
del k, v
print("released pair")

print("-- clear")
d = {1: Noisy("x1"), 2: Noisy("x2"), 3: Noisy("x3")}
d.clear()
print("after clear", d)

print("-- update replaces values")
d = {"p": Noisy("p1"), "q": Noisy("q1")}
d.update({"p": Noisy("p2")})
print("after update", d["p"].name, d["q"].name)
d.update(q=5)
print("after update q=5", d["q"])

print("-- setdefault does not replace")
d.setdefault("p", Noisy("unused"))
print("after setdefault", d["p"].name)

print("-- keys are objects too")


class Key:
    def __init__(self, name, tag):
        self.name = name
        self.tag = tag

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Key) and self.name == other.name

    def __del__(self):
        print("del key", self.name, self.tag)


m = {Key("k1", "stored"): "v1"}
print("key in dict")
del m[Key("k1", "probe")]
print("after del by equal key")
m[Key("k2", "first")] = "a"
m[Key("k2", "second")] = "b"
print("re-set with equal key keeps the first key:", [(k.tag, v) for k, v in m.items()])
m = None
print("after m = None")

print("-- dropping the dict")
d = None
print("end")
