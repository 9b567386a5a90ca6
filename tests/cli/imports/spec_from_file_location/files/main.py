import importlib.util, sys
spec = importlib.util.spec_from_file_location("loaded_plugin", "plugins/plugin_a.py")
print(spec.name, spec.origin.endswith("plugins/plugin_a.py"), spec.has_location)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, "loaded_plugin" in sys.modules, mod.__file__.endswith("plugin_a.py"))
spec.loader.exec_module(mod)
print(mod.NAME)
print(spec_none := importlib.util.spec_from_file_location("x", "no_such_file.txt"))
