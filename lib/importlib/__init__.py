"""importlib: importing modules from Python code (``import_module``, ``reload``).

``import_module`` goes through the interpreter's own import system (``__import__``), so it
finds exactly what an ``import`` statement finds.  ``reload`` finds the module again
(``importlib.util``'s finders: ``sys.meta_path``, or the built-in, embedded and ``sys.path``
finders when the interpreter has no ``sys.meta_path``) and re-runs its code in the same
module object.
"""

import sys

__all__ = ["__import__", "import_module", "invalidate_caches", "reload"]

__import__ = __import__


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


_NEEDS_LOADING = object()


def _gcd_import(name, package=None, level=0):
    """The module ``name`` (``level`` dots up from ``package``), imported if need be."""
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level < 0:
        raise ValueError("level must be >= 0")
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        if not package:
            raise ImportError("attempted relative import with no known parent package")
    if not name and level == 0:
        raise ValueError("Empty module name")
    if level > 0:
        name = _resolve_name(name, package, level)
    module = sys.modules.get(name, _NEEDS_LOADING)
    if module is _NEEDS_LOADING:
        parent = name.rpartition(".")[0]
        if parent:
            if parent not in sys.modules:
                _gcd_import(parent)
            # Checked here too: pyrs's import says only "No module named 'a.b'".
            if name not in sys.modules and not hasattr(sys.modules[parent], "__path__"):
                raise ModuleNotFoundError(f"No module named {name!r}; {parent!r} is not a "
                                          "package", name=name)
        __import__(name)
        return sys.modules[name]
    if module is None:
        raise ModuleNotFoundError("import of {} halted; None in sys.modules".format(name),
                                  name=name)
    return module


def import_module(name, package=None):
    """Imports a module and returns it (not its top-level package, unlike ``__import__``).

    A name starting with dots is relative to ``package``: ``import_module('..x', 'a.b')``
    imports ``a.x``."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative "
                            "import for {!r}".format(name))
        for character in name:
            if character != ".":
                break
            level += 1
    return _gcd_import(name[level:], package, level)


def invalidate_caches():
    """Asks every finder of ``sys.meta_path`` to forget what it cached."""
    from importlib import util
    for finder in util._meta_path():
        if hasattr(finder, "invalidate_caches"):
            finder.invalidate_caches()


_RELOADING = {}


def reload(module):
    """Runs a module's code again in the same module object and returns it (the object now
    in ``sys.modules``)."""
    try:
        name = module.__spec__.name
    except AttributeError:
        try:
            name = module.__name__
        except AttributeError:
            raise TypeError("reload() argument must be a module") from None
    if sys.modules.get(name) is not module:
        raise ImportError(f"module {name} not in sys.modules", name=name)
    if name in _RELOADING:
        return _RELOADING[name]
    _RELOADING[name] = module
    try:
        from importlib import util, machinery
        parent_name = name.rpartition(".")[0]
        if parent_name:
            try:
                parent = sys.modules[parent_name]
            except KeyError:
                raise ImportError(f"parent {parent_name!r} not in sys.modules",
                                  name=parent_name) from None
            pkgpath = parent.__path__
        else:
            pkgpath = None
        spec = util._find_spec(name, pkgpath, module)
        if spec is None:
            raise ModuleNotFoundError(f"spec not found for the module {name!r}", name=name)
        try:
            module.__spec__ = spec
        except AttributeError:
            pass
        if sys.modules.get(name) is not module:
            raise ImportError(f"module {name!r} not in sys.modules", name=name)
        try:
            if spec.loader is None:
                if spec.submodule_search_locations is None:
                    raise ImportError("missing loader", name=name)
                machinery._init_module_attrs(spec, module, override=True)
            else:
                machinery._init_module_attrs(spec, module, override=True)
                if hasattr(spec.loader, "exec_module"):
                    spec.loader.exec_module(module)
                else:
                    spec.loader.load_module(name)
        finally:
            # The module goes to the end of sys.modules, as a fresh import would put it.
            module = sys.modules.pop(name)
            sys.modules[name] = module
        return module
    finally:
        _RELOADING.pop(name, None)


def find_loader(name, path=None):
    """Deprecated: the loader of module ``name`` (use ``importlib.util.find_spec``)."""
    import warnings
    warnings.warn("Deprecated since Python 3.4 and slated for removal in Python 3.12; use "
                  "importlib.util.find_spec() instead", DeprecationWarning, stacklevel=2)
    from importlib import util
    try:
        loader = sys.modules[name].__loader__
        if loader is None:
            raise ValueError("{}.__loader__ is None".format(name))
        return loader
    except KeyError:
        pass
    except AttributeError:
        raise ValueError("{}.__loader__ is not set".format(name)) from None
    spec = util._find_spec(name, path)
    if spec is None:
        return None
    if spec.loader is None:
        if spec.submodule_search_locations is None:
            raise ImportError("spec for {} missing loader".format(name), name=name)
        raise ImportError("namespace packages do not have loaders", name=name)
    return spec.loader
