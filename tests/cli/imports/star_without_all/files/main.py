from m import *
names = sorted(n for n in globals() if not n.startswith("__") and n != "names")
print(names)
print("_private" in globals(), "func" in globals(), "math" in globals())
