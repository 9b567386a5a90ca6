from m import *
for name in ("a", "b", "c", "_hidden", "_other", "m"):
    print(name, name in globals())
