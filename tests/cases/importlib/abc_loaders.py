# importlib.abc: writing a finder and loaders on the find_spec/create_module/exec_module
# protocol, the helper methods the ABCs give, and the standard classes registered with them.
import sys
import importlib.abc as iabc
import importlib.machinery as machinery
import importlib.util as util

SOURCES = {"virt_a": "A = 'alpha'\nprint('virt_a runs as', __name__)\n",
           "virt_pkg": "P = 'package'\n"}

class DictLoader(iabc.InspectLoader):
    def get_source(self, fullname):
        try:
            return SOURCES[fullname]
        except KeyError:
            raise ImportError("no source for " + fullname, name=fullname) from None
    def is_package(self, fullname):
        return fullname.endswith("pkg")

class DictFinder(iabc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname in SOURCES:
            return util.spec_from_loader(fullname, DictLoader(), origin="dict:" + fullname)
        return None

finder = DictFinder()
spec = finder.find_spec("virt_a", None)
print(spec.name, spec.origin, repr(spec.parent), spec.submodule_search_locations, spec.has_location)
mod = util.module_from_spec(spec)
print(mod.__name__, mod.__loader__.__class__.__name__, hasattr(mod, "__file__"))
spec.loader.exec_module(mod)
print(mod.A)
spec = finder.find_spec("virt_pkg", None)
print(spec.submodule_search_locations, spec.parent)
code = spec.loader.get_code("virt_pkg")
print(type(code).__name__, code.co_filename)
print(finder.find_spec("nothing", None), DictLoader().get_code("virt_a").co_filename)
try:
    DictLoader().get_code("missing")
except ImportError as e:
    print("ImportError", e)
print(iabc.InspectLoader.source_to_code("x = 5", "<made>").co_filename)

class Plain(iabc.Loader):
    pass
p = Plain()
print(p.create_module(None))
try:
    p.load_module("x")
except ImportError as e:
    print("ImportError", repr(e))

class ModuleMaker(iabc.Loader):
    def create_module(self, spec):
        m = util.module_from_spec(machinery.ModuleSpec("made_" + spec.name, None))
        m.CREATED = True
        return m
    def exec_module(self, module):
        module.EXECUTED = module.__name__
spec = util.spec_from_loader("custom", ModuleMaker())
mod = util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.__name__, mod.CREATED, mod.EXECUTED, mod.__spec__.name, spec.origin)

class ExecOnly:
    def exec_module(self, module):
        pass
try:
    util.module_from_spec(util.spec_from_loader("eo", ExecOnly()))
except ImportError as e:
    print("ImportError", e)

class MissingAbstract(iabc.ResourceLoader):
    pass
try:
    MissingAbstract()
except TypeError as e:
    print("TypeError", e)

class Entry(iabc.PathEntryFinder):
    def find_spec(self, fullname, target=None):
        return None
print(Entry().invalidate_caches(), finder.invalidate_caches())

checks = [
    (machinery.SourceFileLoader("m", "/m.py"), [iabc.Loader, iabc.FileLoader, iabc.SourceLoader,
                                                  iabc.ExecutionLoader, iabc.ResourceLoader]),
    (machinery.PathFinder, [iabc.MetaPathFinder]),
    (machinery.FileFinder("/"), [iabc.PathEntryFinder, iabc.MetaPathFinder]),
]
for obj, classes in checks:
    print([isinstance(obj, c) for c in classes])
print(issubclass(machinery.BuiltinImporter, iabc.MetaPathFinder),
      issubclass(machinery.BuiltinImporter, iabc.InspectLoader),
      issubclass(DictFinder, iabc.MetaPathFinder), issubclass(DictLoader, iabc.Loader))
