import sys
import importlib.abc, importlib.util

class Loader(importlib.abc.Loader):
    def create_module(self, spec):
        return None
    def exec_module(self, module):
        module.GREETING = "hello from " + module.__name__
        print("exec_module", module.__name__, module.__spec__.origin)

class Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.startswith("virtual"):
            print("find_spec", name, path is None)
            return importlib.util.spec_from_loader(name, Loader(), origin="virtual:" + name)
        return None

sys.meta_path.insert(0, Finder())
import virtual_one
print(virtual_one.GREETING, virtual_one.__spec__.name, virtual_one.__loader__.__class__.__name__)
import virtual_one
from virtual_two import GREETING
print(GREETING)
import math
print(math.sqrt(16))
