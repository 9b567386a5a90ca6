import importlib, m
keep = m
print(m.COUNT)
with open("m.py", "w") as f:
    f.write("COUNT = 22\nEXTRA = 'new'\nprint('m runs again')\n")
r = importlib.reload(m)
print(r is keep, m.COUNT, m.EXTRA)
try:
    importlib.reload("m")
except TypeError as e:
    print("TypeError", e)
