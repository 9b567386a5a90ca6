import importlib, os
try:
    import created
except ImportError as e:
    print(type(e).__name__, e)
os.mkdir("newpkg")
with open("created.py", "w") as f:
    f.write("print('created runs')\n")
with open("newpkg/__init__.py", "w") as f:
    f.write("print('newpkg runs')\n")
importlib.invalidate_caches()
import created, newpkg
print(created.__name__, newpkg.__name__)
