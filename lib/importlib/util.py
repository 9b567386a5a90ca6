"""importlib.util: finding module specs, making modules from them, and cache file names."""

import sys

from importlib.machinery import (ModuleSpec, spec_from_loader, spec_from_file_location,
                                 _cache_from_source, _source_from_cache, _decode_source,
                                 _new_module, _init_module_attrs, _spec_of_loaded,
                                 BuiltinImporter, FrozenImporter, PathFinder)
from importlib.abc import Loader

__all__ = ["MAGIC_NUMBER", "cache_from_source", "source_from_cache", "decode_source",
           "resolve_name", "find_spec", "module_from_spec", "spec_from_loader",
           "spec_from_file_location", "Loader", "LazyLoader"]

# The version stamp of CPython 3.11's compiled files (pyrs's own cache format, when it has
# one, is the interpreter's business).
MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"


def cache_from_source(path, debug_override=None, *, optimization=None):
    """The ``__pycache__`` file name for a source file, with ``sys.implementation.cache_tag``
    (and ``.opt-N`` for an optimization level)."""
    return _cache_from_source(path, debug_override, optimization=optimization)


def source_from_cache(path):
    """The source file a ``__pycache__`` file name stands for."""
    return _source_from_cache(path)


def decode_source(source_bytes):
    """Source bytes decoded as their coding declaration says, with universal newlines."""
    return _decode_source(source_bytes)


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def resolve_name(name, package):
    """The absolute name of ``name`` (relative when it starts with dots) in ``package``."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = len(name) - len(name.lstrip("."))
    return _resolve_name(name[level:], package, level)


_DEFAULT_META_PATH = (BuiltinImporter, FrozenImporter, PathFinder)


def _meta_path():
    """``sys.meta_path``; this module's default finders when the interpreter has none."""
    if not hasattr(sys, "meta_path"):
        return _DEFAULT_META_PATH
    meta_path = sys.meta_path
    if meta_path is None:
        raise ImportError("sys.meta_path is None, Python is likely shutting down")
    if not meta_path:
        import warnings
        warnings.warn("sys.meta_path is empty", ImportWarning)
    return meta_path


def _module_spec(name, module):
    """``module.__spec__`` (made from what the module has when pyrs's import set none)."""
    try:
        spec = module.__spec__
    except AttributeError:
        if isinstance(module, type(sys)):
            return _spec_of_loaded(name, module)
        raise
    return spec


def _find_spec(name, path, target=None):
    """Asks each finder of ``sys.meta_path`` in turn for the spec of ``name``."""
    meta_path = _meta_path()
    is_reload = name in sys.modules
    for finder in meta_path:
        try:
            find_spec = finder.find_spec
        except AttributeError:
            import warnings
            warnings.warn("{}.find_spec() not found; falling back to find_module()"
                          .format(_object_name(finder)), ImportWarning)
            loader = finder.find_module(name, path)
            spec = None if loader is None else spec_from_loader(name, loader)
        else:
            spec = find_spec(name, path, target)
        if spec is None:
            continue
        if not is_reload and name in sys.modules:
            # The finder imported the module itself: its spec wins.
            module = sys.modules[name]
            try:
                found = _module_spec(name, module)
            except AttributeError:
                return spec
            return spec if found is None else found
        return spec
    return None


def _object_name(obj):
    try:
        return obj.__qualname__
    except AttributeError:
        return type(obj).__qualname__


def _find_spec_from_path(name, path=None):
    if name not in sys.modules:
        return _find_spec(name, path)
    module = sys.modules[name]
    if module is None:
        return None
    try:
        spec = _module_spec(name, module)
    except AttributeError:
        raise ValueError("{}.__spec__ is not set".format(name)) from None
    if spec is None:
        raise ValueError("{}.__spec__ is None".format(name))
    return spec


def find_spec(name, package=None):
    """The spec of module ``name`` (relative to ``package`` when it starts with dots), or
    None.  Its parent packages are imported; the module itself is not."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname not in sys.modules:
        parent_name = fullname.rpartition(".")[0]
        if parent_name:
            parent = __import__(parent_name, fromlist=["__path__"])
            try:
                parent_path = parent.__path__
            except AttributeError as e:
                raise ModuleNotFoundError(
                    f"__path__ attribute not found on {parent_name!r} "
                    f"while trying to find {fullname!r}", name=fullname) from e
        else:
            parent_path = None
        return _find_spec(fullname, parent_path)
    module = sys.modules[fullname]
    if module is None:
        return None
    try:
        spec = _module_spec(fullname, module)
    except AttributeError:
        raise ValueError("{}.__spec__ is not set".format(name)) from None
    if spec is None:
        raise ValueError("{}.__spec__ is None".format(name))
    return spec


def module_from_spec(spec):
    """A new module for ``spec`` (made by its loader's ``create_module`` or the default way)
    with its import attributes set; it is neither run nor put in ``sys.modules``."""
    module = None
    if hasattr(spec.loader, "create_module"):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = _new_module(spec.name)
    _init_module_attrs(spec, module)
    return module


class LazyLoader(Loader):
    """Delays running a module until one of its attributes is used: not available in pyrs,
    whose module type cannot be subclassed yet."""

    def __init__(self, loader):
        raise NotImplementedError("importlib.util.LazyLoader is not supported by pyrs yet")
