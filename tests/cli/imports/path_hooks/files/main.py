import sys
import importlib.abc, importlib.util

SOURCES = {"greet": "WORD = 'hi from a path hook'", "other": "WORD = 'other'"}

class Loader(importlib.abc.Loader):
    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)

class EntryFinder(importlib.abc.PathEntryFinder):
    def __init__(self, entry):
        self.entry = entry
    def find_spec(self, name, target=None):
        if name in SOURCES:
            return importlib.util.spec_from_loader(name, Loader(), origin=self.entry + name)
        return None

def hook(entry):
    if entry.startswith("mem:"):
        print("hook accepts", entry)
        return EntryFinder(entry)
    raise ImportError("not mine")

sys.path_hooks.insert(0, hook)
sys.path.append("mem:/")
import greet
print(greet.WORD, greet.__spec__.origin)
print(type(sys.path_importer_cache["mem:/"]).__name__)
import other
print(other.WORD)
