class Noisy:
    def __init__(self, name):
        self.name = name
        print("  create", name)
    def __del__(self):
        print("  destroy", self.name)

a = Noisy("a")
print("rebinding a")
a = Noisy("a2")
print("del a")
del a
print("list of three")
items = [Noisy("x"), Noisy("y"), Noisy("z")]
print("clear list")
items.clear()
print("temporary")
Noisy("temp").name
print("function local")
def scope():
    n = Noisy("local")
    return "returned"
print(scope())
print("two references")
b = Noisy("shared")
c = b
del b
print("  still alive via c")
del c
print("dict value replaced")
d = {"k": Noisy("v1")}
d["k"] = Noisy("v2")
print("end of program")
keep = Noisy("module global")
