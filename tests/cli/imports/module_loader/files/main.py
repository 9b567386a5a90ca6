import m, pkg, sys
for mod in (m, pkg):
    print(mod.__name__, type(mod.__loader__).__name__, mod.__spec__.loader is mod.__loader__)
    print(" loader.name", mod.__loader__.name, "path", mod.__loader__.path)
print("sys", type(sys.__loader__).__name__ if not isinstance(sys.__loader__, type) else sys.__loader__.__name__)
print("sys spec", sys.__spec__.name, sys.__spec__.origin)
print(repr(m).replace(m.__file__, "FILE"))
print(repr(pkg).replace(pkg.__file__, "FILE"))
print(repr(sys))
