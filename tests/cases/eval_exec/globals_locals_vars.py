module_level = "m"
print("globals has", "module_level" in globals())
print("locals is globals at module", locals() is globals())

def f(a, b=2):
    c = 3
    return sorted(locals())

print("f locals", f(1))

class C:
    attr = 1
    def method(self):
        return vars(self)

obj = C()
obj.x = 10
obj.y = 20
print("vars(obj)", vars(obj))
print("method", obj.method())
print("vars(C) keys", [k for k in vars(C) if not k.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
vars(obj)["z"] = 30
print("via vars", obj.z)
print("vars() eq locals", vars() is locals())

def closure_locals():
    free = "free value"
    def inner():
        local = 1
        return sorted(locals().items())
    print(free is not None)
    return inner()
print(closure_locals())

def g():
    x = 1
    snapshot = locals()
    x = 2
    return snapshot["x"], locals()["x"]
print("snapshot", g())

import math
print("module vars", "floor" in vars(math))
print("__dict__ same", vars(math) is math.__dict__)
print("dir sorted", dir(obj)[-3:])
