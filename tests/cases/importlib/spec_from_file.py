# Loading a module from a file by hand: spec_from_file_location, module_from_spec,
# exec_module, and what the loader offers (get_source, get_filename, is_package, get_data).
import os, sys, tempfile
import importlib.util, importlib.machinery

with tempfile.TemporaryDirectory() as tmp:
    n = lambda p: p.replace(tmp, "TMP") if isinstance(p, str) else p
    plugin = os.path.join(tmp, "plugin_a.py")
    with open(plugin, "w") as f:
        f.write("NAME = 'plugin a'\nprint('plugin body runs as', __name__, __package__)\n"
                "def where():\n    return __file__\n")
    spec = importlib.util.spec_from_file_location("loaded_plugin", plugin)
    print(spec.name, n(spec.origin), spec.has_location, spec.parent == "", spec.submodule_search_locations)
    loader = spec.loader
    print(type(loader).__name__, loader.name, n(loader.path), loader.is_package("loaded_plugin"))
    print(n(loader.get_filename()), n(loader.get_filename("loaded_plugin")))
    try:
        loader.get_filename("other")
    except ImportError as e:
        print("ImportError", e, e.name)
    print(repr(loader.get_source("loaded_plugin")[:20]), loader.get_data(plugin)[:4])
    mod = importlib.util.module_from_spec(spec)
    print(mod.__name__, "loaded_plugin" in sys.modules, n(mod.__file__), mod.__spec__ is spec)
    print(mod.__loader__ is loader, repr(mod.__package__), hasattr(mod, "NAME"), hasattr(mod, "__path__"))
    print(sorted(k for k in vars(mod) if k.startswith("__") and k != "__builtins__"))
    spec.loader.exec_module(mod)
    print(mod.NAME, n(mod.where()))
    code = loader.get_code("loaded_plugin")
    print(type(code).__name__, n(code.co_filename))

    os.mkdir(os.path.join(tmp, "pk"))
    init = os.path.join(tmp, "pk", "__init__.py")
    with open(init, "w") as f:
        f.write("X = __name__\n")
    spec = importlib.util.spec_from_file_location("pk", init)
    print(spec.parent, [n(p) for p in spec.submodule_search_locations], spec.loader.is_package("pk"))
    mod = importlib.util.module_from_spec(spec)
    print([n(p) for p in mod.__path__], mod.__package__)
    spec.loader.exec_module(mod)
    print(mod.X)
    spec = importlib.util.spec_from_file_location("pk.mod", plugin, submodule_search_locations=[])
    print(spec.parent, [n(p) for p in spec.submodule_search_locations])

    print(importlib.util.spec_from_file_location("x", os.path.join(tmp, "data.txt")))
    print(importlib.util.spec_from_file_location("x"))
    txt = os.path.join(tmp, "code.txt")
    with open(txt, "w") as f:
        f.write("VALUE = 'from a txt file'\n")
    loader = importlib.machinery.SourceFileLoader("from_txt", txt)
    spec = importlib.util.spec_from_file_location("from_txt", txt, loader=loader)
    print(n(spec.origin), spec.cached)
    mod = importlib.util.module_from_spec(spec)
    loader.exec_module(mod)
    print(mod.VALUE)
    spec = importlib.util.spec_from_loader("from_txt", loader)
    print(n(spec.origin), spec.has_location)

    missing = importlib.machinery.SourceFileLoader("gone", os.path.join(tmp, "gone.py"))
    try:
        missing.get_data(missing.path)
    except OSError as e:
        print(type(e).__name__, e.errno)
    try:
        missing.get_source("gone")
    except ImportError as e:
        print("ImportError", e)
    syntax = os.path.join(tmp, "broken.py")
    with open(syntax, "w") as f:
        f.write("x = (1,\n")
    spec = importlib.util.spec_from_file_location("broken", syntax)
    try:
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
    except SyntaxError as e:
        print("SyntaxError", e.msg, n(e.filename), e.lineno)
