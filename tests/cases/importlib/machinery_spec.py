# importlib.machinery: ModuleSpec (repr, parent, cached, has_location, equality), the file
# suffix constants, and the standard finders and loaders used directly.
import os, sys, tempfile
import importlib.machinery as machinery
import importlib.util as util

spec = machinery.ModuleSpec("n", None)
print(spec, repr(spec.parent), spec.cached, spec.origin, spec.has_location, spec.loader_state)
spec = machinery.ModuleSpec("a.b.c", None, origin="somewhere", is_package=True, loader_state=7)
print(spec, spec.parent, spec.loader_state)
spec.submodule_search_locations.append("/x")
print(spec)
spec = machinery.ModuleSpec("a.b", None, origin="/src/b.py")
print(spec.parent, spec.cached, spec.has_location)
spec.has_location = True
print(spec.cached.replace(sys.implementation.cache_tag, "TAG"))
spec.cached = "/elsewhere.pyc"
print(spec.cached)
print(machinery.ModuleSpec("a", None) == machinery.ModuleSpec("a", None),
      machinery.ModuleSpec("a", None, origin="x") == machinery.ModuleSpec("a", None),
      machinery.ModuleSpec("a", None) == "a")
print(machinery.SOURCE_SUFFIXES, machinery.BYTECODE_SUFFIXES, machinery.DEBUG_BYTECODE_SUFFIXES,
      machinery.OPTIMIZED_BYTECODE_SUFFIXES, machinery.all_suffixes()[:2])

print(machinery.BuiltinImporter.find_spec("sys"))
print(machinery.BuiltinImporter.find_spec("sys", ["/somewhere"]), machinery.BuiltinImporter.find_spec("nothere"))
print(machinery.BuiltinImporter.create_module(machinery.BuiltinImporter.find_spec("sys")) is sys)
try:
    machinery.BuiltinImporter.create_module(machinery.ModuleSpec("nope", None))
except ImportError as e:
    print("ImportError", e)
print(machinery.PathFinder.find_spec("surely_not_a_module"))

with tempfile.TemporaryDirectory() as tmp:
    n = lambda p: p.replace(tmp, "TMP")
    with open(os.path.join(tmp, "mc_one.py"), "w") as f:
        f.write("ONE = 1\n")
    os.mkdir(os.path.join(tmp, "mc_pkg"))
    with open(os.path.join(tmp, "mc_pkg", "__init__.py"), "w") as f:
        f.write("")
    os.mkdir(os.path.join(tmp, "mc_ns"))
    finder = machinery.FileFinder(tmp, (machinery.SourceFileLoader, machinery.SOURCE_SUFFIXES))
    print(n(repr(finder)))
    s = finder.find_spec("mc_one")
    print(s.name, n(s.origin), type(s.loader).__name__)
    s = finder.find_spec("mc_pkg")
    print(s.name, n(s.origin), [n(p) for p in s.submodule_search_locations])
    s = finder.find_spec("mc_ns")
    print(s.name, s.loader, s.origin, [n(p) for p in s.submodule_search_locations])
    print(finder.find_spec("mc_missing"), finder.find_spec("pkg.mc_one").name)
    hook = machinery.FileFinder.path_hook((machinery.SourceFileLoader, [".py"]))
    print(n(hook(tmp).path), type(hook(tmp)).__name__)
    try:
        hook(os.path.join(tmp, "mc_one.py"))
    except ImportError as e:
        print("ImportError", e, n(e.path))
    s = machinery.PathFinder.find_spec("mc_one", [tmp])
    print(s.name, n(s.origin))
    s = machinery.PathFinder.find_spec("mc_ns", [tmp])
    print(s.name, s.loader, s.origin, n(repr(s.submodule_search_locations)))
    mod = util.module_from_spec(s)
    print(mod.__name__, type(mod.__loader__).__name__, mod.__file__, n(repr(mod.__path__)))
    print(machinery.PathFinder.find_spec("mc_one", ["/no/such/dir", 3, tmp]).name)
    machinery.PathFinder.invalidate_caches()
