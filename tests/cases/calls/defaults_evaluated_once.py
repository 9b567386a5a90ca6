calls = []

def make_default():
    calls.append("made")
    return []

def append_to(x, acc=make_default()):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print("default made", calls)
print("__defaults__", append_to.__defaults__)

def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc

print(safe(1), safe(2))

n = 10
def uses_n(v=n):
    return v
n = 20
print("captured at def", uses_n())

def f(a, b=1, c=2):
    return a, b, c
print(f.__defaults__)
f.__defaults__ = (100, 200)
print("changed defaults", f(0))
f.__defaults__ = None
try:
    f(0)
except TypeError as e:
    print(type(e).__name__, e)

def kd(*, x=1, y):
    return x, y
print("kwdefaults", kd.__kwdefaults__)
kd.__kwdefaults__ = {"x": 5, "y": 6}
print("changed kwdefaults", kd())
