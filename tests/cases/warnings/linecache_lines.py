# linecache (used by warnings to show the source line): getline/getlines, the cache, a file
# changed on disk, relative names looked up on sys.path, lazy entries from a loader.
import os, sys, tempfile, linecache

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "sample.py")
    with open(path, "w") as f:
        f.write("first = 1\nsecond = 'é'\nthird\n  indented")
    print(repr(linecache.getline(path, 1)), repr(linecache.getline(path, 2)))
    print(repr(linecache.getline(path, 4)), repr(linecache.getline(path, 5)))
    print(repr(linecache.getline(path, 0)), repr(linecache.getline(path, -1)))
    print(len(linecache.getlines(path)), path in linecache.cache)
    size, mtime, lines, fullname = linecache.cache[path]
    print(size, lines == linecache.getlines(path), fullname == path)

    with open(path, "w") as f:
        f.write("changed\n")
    print("cached still:", repr(linecache.getline(path, 1)))
    linecache.checkcache(path)
    print("after checkcache:", repr(linecache.getline(path, 1)))
    os.remove(path)
    linecache.checkcache()
    print("removed file dropped:", path in linecache.cache, linecache.getlines(path))

    with open(os.path.join(tmp, "onpath.py"), "w") as f:
        f.write("# coding: latin-1\nx = 1\n")
    print("not found yet:", linecache.getlines("onpath.py"))
    sys.path.insert(0, tmp)
    print("via sys.path:", linecache.getlines("onpath.py"))
    print(linecache.cache["onpath.py"][3] == os.path.join(tmp, "onpath.py"))
    sys.path.remove(tmp)

print(linecache.getlines("<string>"), linecache.getline("", 1) == "")
print(linecache.getlines("/no/such/file.py"))

class Loader:
    def get_source(self, name):
        return "alpha\nbeta from %s" % name
g = {"__name__": "virtualmod", "__loader__": Loader()}
print(linecache.lazycache("virtual_file.py", g), len(linecache.cache["virtual_file.py"]))
print(linecache.getlines("virtual_file.py", g))
print(linecache.cache["virtual_file.py"][1])
print(linecache.lazycache("<frozen x>", g), linecache.lazycache("other.py", {}))
linecache.clearcache()
print(linecache.cache)
