g = globals()
g["injected"] = "via globals()"
print("injected", injected)

def read_injected():
    return injected_later

globals()["injected_later"] = 99
print("func sees", read_injected())

print("module name", __name__)
print("has builtins", "__builtins__" in g)
print("keys subset", {"g", "injected", "read_injected"} <= set(g))

def local_snapshot(a, b=2):
    c = a + b
    return sorted(locals().items())

print("locals", local_snapshot(1))

def locals_no_write():
    v = 1
    locals()["v"] = 2
    return v

print("locals write ignored", locals_no_write())

class NS:
    p = 1
    q = 2
    snapshot = sorted(k for k in locals() if not k.startswith("__"))

print("class locals", NS.snapshot)
print("vars(NS) has p", "p" in vars(NS))

del g["injected"]
try:
    print(injected)
except NameError as e:
    print(type(e).__name__, e)
