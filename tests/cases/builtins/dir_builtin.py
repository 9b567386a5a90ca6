class A:
    x = 1
    def m(self):
        pass
class B(A):
    y = 2
b = B()
b.z = 3
print([n for n in dir(b) if not n.startswith("__")])
print([n for n in dir(B) if not n.startswith("__")])
print("__init__" in dir(b), "__class__" in dir(b), dir(b) == sorted(dir(b)))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir({}) if not n.startswith("_")])
print([n for n in dir("") if not n.startswith("_")])
print([n for n in dir(1) if not n.startswith("_")])
print([n for n in dir(1.0) if not n.startswith("_")])
print([n for n in dir(set()) if not n.startswith("_")])
print([n for n in dir(()) if not n.startswith("_")])
print([n for n in dir(b"") if not n.startswith("_")])
def f():
    local_a = 1
    local_b = 2
    return dir()
print(f())
class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(Custom()))
import math
print(len([n for n in dir(math) if not n.startswith("_")]) > 50, "sqrt" in dir(math))
