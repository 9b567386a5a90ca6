import math
for name in ["sqr", "flor", "pie", "zzzz"]:
    try:
        getattr(math, name)
    except AttributeError as e:
        print(name, type(e).__name__, e, "| name:", e.name, "| obj is math:", e.obj is math)
print(hasattr(math, "sqrt"), "sqrt" in dir(math))
print(math.floor(2.5))
print(math.sqr(16))
