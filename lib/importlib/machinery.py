"""importlib.machinery: module specs, the standard finders and loaders, and file suffixes.

Written in Python on what pyrs offers (``sys.path``, ``compile``/``exec``, the file system):
``PathFinder`` searches ``sys.path`` (or a package's ``__path__``) through path-entry finders
made by ``sys.path_hooks`` -- a zip-archive importer, then ``FileFinder`` for folders --
cached in ``sys.path_importer_cache``.  When the interpreter has no ``sys.path_hooks`` or
``sys.path_importer_cache`` (yet), this module keeps its own default list and cache.
Compiled ``.pyc`` and extension modules are not loaded (pyrs has neither format).
"""

import sys
import os

__all__ = ["SOURCE_SUFFIXES", "BYTECODE_SUFFIXES", "DEBUG_BYTECODE_SUFFIXES",
           "OPTIMIZED_BYTECODE_SUFFIXES", "EXTENSION_SUFFIXES", "all_suffixes", "ModuleSpec",
           "BuiltinImporter", "FrozenImporter", "PathFinder", "FileFinder",
           "SourceFileLoader", "SourcelessFileLoader", "ExtensionFileLoader",
           "NamespaceLoader", "WindowsRegistryFinder"]

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
DEBUG_BYTECODE_SUFFIXES = [".pyc"]
OPTIMIZED_BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []  # pyrs loads no compiled extension modules


def all_suffixes():
    """Every file suffix a module can have."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


_PYCACHE = "__pycache__"
_OPT = "opt-"
_MODULE_TYPE = type(sys)


def _new_module(name):
    """A fresh, empty module object called ``name``."""
    try:
        return _MODULE_TYPE(name)
    except TypeError:
        pass
    # pyrs cannot call the module type yet; its __new__ gives a module object with an
    # ordinary namespace, set up here as the module constructor would.
    module = _MODULE_TYPE.__new__(_MODULE_TYPE)
    module.__name__ = name
    module.__doc__ = None
    module.__package__ = None
    module.__loader__ = None
    module.__spec__ = None
    return module


# --- Paths -----------------------------------------------------------------------------------

def _path_isabs(path):
    return path.startswith(os.sep)


def _path_abspath(path):
    if _path_isabs(path):
        return path
    return os.path.join(os.getcwd(), path)


def _path_split(path):
    """(head, tail) split at the last separator."""
    at = path.rfind(os.sep)
    if at < 0:
        return "", path
    return path[:at], path[at + 1:]


def _path_join(*parts):
    return os.sep.join(p.rstrip(os.sep) for p in parts if p)


def _path_stat(path):
    """(size, mtime) of a file; OSError when it is missing."""
    stat = getattr(os, "stat", None)
    if stat is not None:
        st = stat(path)
        return st.st_size, st.st_mtime
    return os.path.getsize(path), os.path.getmtime(path)


def _cache_tag():
    return sys.implementation.cache_tag


def _cache_from_source(path, debug_override=None, *, optimization=None):
    if debug_override is not None:
        import warnings
        warnings.warn("the debug_override parameter is deprecated; use 'optimization' instead",
                      DeprecationWarning)
        if optimization is not None:
            raise TypeError("debug_override or optimization must be set to None")
        optimization = "" if debug_override else 1
    path = os.fspath(path)
    head, tail = _path_split(path)
    base, sep, rest = tail.rpartition(".")
    tag = _cache_tag()
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    almost_filename = "".join([(base if base else rest), sep, tag])
    if optimization is None:
        optimization = sys.flags.optimize
        if optimization == 0:
            optimization = ""
    optimization = str(optimization)
    if optimization != "":
        if not optimization.isalnum():
            raise ValueError("{!r} is not alphanumeric".format(optimization))
        almost_filename = "{}.{}{}".format(almost_filename, _OPT, optimization)
    filename = almost_filename + BYTECODE_SUFFIXES[0]
    prefix = getattr(sys, "pycache_prefix", None)
    if prefix is not None:
        if not _path_isabs(head):
            head = _path_join(os.getcwd(), head)
        if head.startswith(os.sep):
            head = head.lstrip(os.sep)
        return _path_join(prefix, head, filename)
    return _path_join(head, _PYCACHE, filename)


def _source_from_cache(path):
    if _cache_tag() is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    path = os.fspath(path)
    head, pycache_filename = _path_split(path)
    found_in_pycache_prefix = False
    prefix = getattr(sys, "pycache_prefix", None)
    if prefix is not None:
        stripped = prefix.rstrip(os.sep)
        if head.startswith(stripped + os.sep):
            head = head[len(stripped):]
            found_in_pycache_prefix = True
    if not found_in_pycache_prefix:
        head, pycache = _path_split(head)
        if pycache != _PYCACHE:
            raise ValueError("{} not bottom-level directory in {!r}".format(_PYCACHE, path))
    dot_count = pycache_filename.count(".")
    if dot_count not in {2, 3}:
        raise ValueError("expected only 2 or 3 dots in {!r}".format(pycache_filename))
    elif dot_count == 3:
        optimization = pycache_filename.rsplit(".", 2)[-2]
        if not optimization.startswith(_OPT):
            raise ValueError("optimization portion of filename does not start with {!r}"
                             .format(_OPT))
        opt_level = optimization[len(_OPT):]
        if not opt_level.isalnum():
            raise ValueError("optimization level {!r} is not an alphanumeric value"
                             .format(optimization))
    base_filename = pycache_filename.partition(".")[0]
    return _path_join(head, base_filename + SOURCE_SUFFIXES[0])


def _get_cached(filename):
    if filename.endswith(tuple(SOURCE_SUFFIXES)):
        try:
            return _cache_from_source(filename)
        except NotImplementedError:
            pass
    elif filename.endswith(tuple(BYTECODE_SUFFIXES)):
        return filename
    return None


def _decode_source(source_bytes):
    """Source bytes as text: the declared encoding (BOM, coding cookie) and universal
    newlines."""
    data = bytes(source_bytes)
    encoding = "utf-8"
    bom = data.startswith(b"\xef\xbb\xbf")
    if bom:
        data = data[3:]
    for line in data.split(b"\n", 2)[:2]:
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            raise SyntaxError("invalid or missing encoding declaration") from None
        stripped = line.lstrip(b" \t\f")
        if not stripped.startswith(b"#"):
            if stripped.strip():
                break
            continue
        at = stripped.find(b"coding")
        if at < 0 or stripped[at + 6:at + 7] not in (b":", b"="):
            continue
        rest = stripped[at + 7:].lstrip(b" \t")
        end = 0
        while end < len(rest) and (rest[end:end + 1].isalnum() or rest[end:end + 1] in b"-_."):
            end += 1
        if end:
            encoding = rest[:end].decode("ascii")
            try:
                "".encode(encoding)
            except LookupError:
                raise SyntaxError("unknown encoding: " + encoding) from None
            if bom and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
                raise SyntaxError("encoding problem: utf-8")
        break
    text = data.decode(encoding)
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- Module specs ----------------------------------------------------------------------------

class ModuleSpec:
    """What a finder found: a module's name, loader, origin and (for a package) the places
    its submodules are searched (``submodule_search_locations``)."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._uninitialized_submodules = []
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}"
                        .format(self.submodule_search_locations))
        return "{}({})".format(self.__class__.__name__, ", ".join(args))

    def __eq__(self, other):
        smsl = self.submodule_search_locations
        try:
            return (self.name == other.name and self.loader == other.loader
                    and self.origin == other.origin and smsl == other.submodule_search_locations
                    and self.cached == other.cached and self.has_location == other.has_location)
        except AttributeError:
            return NotImplemented

    __hash__ = None

    @property
    def cached(self):
        if self._cached is None and self.origin is not None and self._set_fileattr:
            self._cached = _get_cached(self.origin)
        return self._cached

    @cached.setter
    def cached(self, cached):
        self._cached = cached

    @property
    def parent(self):
        """The package this module belongs to ('' for a top-level module)."""
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for a module that ``loader`` loads (asking it whether it is a package)."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if not origin and hasattr(loader, "get_filename"):
        if is_package is None:
            return spec_from_file_location(name, loader=loader)
        search = [] if is_package else None
        return spec_from_file_location(name, loader=loader, submodule_search_locations=search)
    if is_package is None:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                is_package = None
        else:
            is_package = False
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


_POPULATE = object()


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for a module in a file; without a loader, one is picked by the file's suffix
    (None when no loader handles it)."""
    if location is None:
        location = "<unknown>"
        if hasattr(loader, "get_filename"):
            try:
                location = loader.get_filename(name)
            except ImportError:
                pass
    else:
        location = os.fspath(location)
        try:
            location = _path_abspath(location)
        except OSError:
            pass
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if loader is None:
        for loader_class, suffixes in _get_supported_file_loaders():
            if location.endswith(tuple(suffixes)):
                loader = loader_class(name, location)
                spec.loader = loader
                break
        else:
            return None
    if submodule_search_locations is _POPULATE:
        if hasattr(loader, "is_package"):
            try:
                is_package = loader.is_package(name)
            except ImportError:
                pass
            else:
                if is_package:
                    spec.submodule_search_locations = []
    else:
        spec.submodule_search_locations = submodule_search_locations
    if spec.submodule_search_locations == []:
        if location:
            spec.submodule_search_locations.append(_path_split(location)[0])
    return spec


# --- Built-in and embedded modules -----------------------------------------------------------

class BuiltinImporter:
    """Finds and loads the modules built into the interpreter (``sys.builtin_module_names``)."""

    _ORIGIN = "built-in"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if fullname in sys.builtin_module_names:
            return spec_from_loader(fullname, cls, origin=cls._ORIGIN)
        return None

    @staticmethod
    def create_module(spec):
        name = spec.name
        if name not in sys.builtin_module_names:
            raise ImportError("{!r} is not a built-in module".format(name), name=name)
        module = sys.modules.get(name)
        if module is None:
            module = __import__(name)
        return module

    @staticmethod
    def exec_module(module):
        """Nothing to do: a built-in module is ready when created."""

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        return False

    @classmethod
    def load_module(cls, fullname):
        module = cls.create_module(spec_from_loader(fullname, cls, origin=cls._ORIGIN))
        sys.modules[fullname] = module
        return module


class FrozenImporter:
    """The modules embedded in the pyrs binary (its ``lib/``).

    pyrs gives Python code no list of them and no access to their code: this finder only
    recognises such a module once it is imported (a module without ``__file__`` that is not
    built in), and its code cannot be re-run (``importlib.reload``)."""

    _ORIGIN = "frozen"

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        module = sys.modules.get(fullname)
        if module is None or fullname in sys.builtin_module_names or \
                not isinstance(module, _MODULE_TYPE) or hasattr(module, "__file__"):
            return None
        spec = spec_from_loader(fullname, cls, origin=cls._ORIGIN,
                                is_package=hasattr(module, "__path__"))
        return spec

    @staticmethod
    def create_module(spec):
        return None

    @staticmethod
    def exec_module(module):
        name = module.__name__
        raise ImportError("cannot run the embedded module {!r} again: pyrs does not give "
                          "Python code access to its code".format(name), name=name)

    @classmethod
    def get_code(cls, fullname):
        return None

    @classmethod
    def get_source(cls, fullname):
        return None

    @classmethod
    def is_package(cls, fullname):
        module = sys.modules.get(fullname)
        return module is not None and hasattr(module, "__path__")


class WindowsRegistryFinder:
    """Finds modules listed in the Windows registry: never on this platform."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        return None


# --- Loaders for files -----------------------------------------------------------------------

class _LoaderBasics:

    def is_package(self, fullname):
        """A module whose file is ``__init__.<suffix>`` is a package."""
        filename = _path_split(self.get_filename(fullname))[1]
        filename_base = filename.rsplit(".", 1)[0]
        tail_name = fullname.rpartition(".")[2]
        return filename_base == "__init__" and tail_name != "__init__"

    def create_module(self, spec):
        """None: the default module creation is used."""

    def exec_module(self, module):
        """Runs the module's code in its namespace."""
        code = self.get_code(module.__name__)
        if code is None:
            raise ImportError("cannot load module {!r} when get_code() returns None"
                              .format(module.__name__))
        exec(code, module.__dict__)

    def load_module(self, fullname):
        """Deprecated: imports ``fullname`` with this loader and returns the module."""
        import warnings
        warnings.warn("the load_module() method is deprecated and slated for removal in "
                      "Python 3.12; use exec_module() instead", DeprecationWarning)
        return _load_module_shim(self, fullname)


def _load_module_shim(loader, fullname):
    spec = spec_from_loader(fullname, loader)
    if fullname in sys.modules:
        module = sys.modules[fullname]
        _init_module_attrs(spec, module, override=True)
        loader.exec_module(module)
        return sys.modules[fullname]
    module = _new_module(fullname)
    _init_module_attrs(spec, module)
    sys.modules[fullname] = module
    try:
        loader.exec_module(module)
    except BaseException:
        sys.modules.pop(fullname, None)
        raise
    return sys.modules[fullname]


class FileLoader(_LoaderBasics):
    """Base of the loaders for a module kept in a file."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def _check_name(self, name):
        if name is None:
            return self.name
        if self.name != name:
            raise ImportError("loader for %s cannot handle %s" % (self.name, name), name=name)
        return name

    def get_filename(self, name=None):
        """The file the module comes from."""
        self._check_name(name)
        return self.path

    def get_data(self, path):
        """The bytes of a file (possibly a member of a zip archive)."""
        try:
            with open(path, "rb") as f:
                return f.read()
        except OSError:
            found = _zip_member(path)
            if found is None:
                raise
            archive, member = found
            return archive.read(member)

    def get_resource_reader(self, module):
        return None


class SourceLoader(_LoaderBasics):
    """A loader of modules from source: ``get_data`` and ``get_filename`` give the code."""

    def path_mtime(self, path):
        raise OSError

    def path_stats(self, path):
        return {"mtime": self.path_mtime(path)}

    def set_data(self, path, data):
        """Would write a cache file; pyrs's cache belongs to the interpreter: nothing."""

    def get_source(self, fullname):
        path = self.get_filename(fullname)
        try:
            source_bytes = self.get_data(path)
        except OSError as exc:
            raise ImportError("source not available through get_data()", name=fullname) \
                from exc
        return _decode_source(source_bytes)

    def source_to_code(self, data, path, *, _optimize=-1):
        """Compiles source (bytes or text) read from ``path``."""
        if isinstance(data, (bytes, bytearray, memoryview)):
            data = _decode_source(data)
        return compile(data, path, "exec", dont_inherit=True, optimize=_optimize)

    def get_code(self, fullname):
        source_path = self.get_filename(fullname)
        source_bytes = self.get_data(source_path)
        return self.source_to_code(source_bytes, source_path)


class SourceFileLoader(FileLoader, SourceLoader):
    """Loads a module from a ``.py`` file."""

    def path_stats(self, path):
        size, mtime = _path_stat(path)
        return {"mtime": mtime, "size": size}


class SourcelessFileLoader(FileLoader, _LoaderBasics):
    """Loads a module from a compiled file: pyrs has no such format, so this always fails."""

    def get_code(self, fullname):
        raise ImportError("pyrs cannot load compiled bytecode files ({!r})"
                          .format(self.get_filename(fullname)), name=fullname)

    def get_source(self, fullname):
        return None


class ExtensionFileLoader(FileLoader, _LoaderBasics):
    """Loads a compiled extension module: pyrs cannot, so this always fails."""

    def create_module(self, spec):
        raise ImportError("pyrs cannot load extension modules ({!r})".format(self.path),
                          name=spec.name, path=self.path)

    def exec_module(self, module):
        pass

    def is_package(self, fullname):
        return False

    def get_code(self, fullname):
        return None

    def get_source(self, fullname):
        return None


class _NamespacePath:
    """A namespace package's ``__path__``: its portions, found again when the parent's path
    changes."""

    def __init__(self, name, path, path_finder):
        self._name = name
        self._path = path
        self._last_parent_path = tuple(self._get_parent_path())
        self._path_finder = path_finder

    def _find_parent_path_names(self):
        parent, dot, me = self._name.rpartition(".")
        if dot == "":
            return "sys", "path"
        return parent, "__path__"

    def _get_parent_path(self):
        parent_module_name, path_attr_name = self._find_parent_path_names()
        return getattr(sys.modules[parent_module_name], path_attr_name)

    def _recalculate(self):
        parent_path = tuple(self._get_parent_path())
        if parent_path != self._last_parent_path:
            spec = self._path_finder(self._name, parent_path)
            if spec is not None and spec.loader is None:
                if spec.submodule_search_locations:
                    self._path = spec.submodule_search_locations
            self._last_parent_path = parent_path
        return self._path

    def __iter__(self):
        return iter(self._recalculate())

    def __getitem__(self, index):
        return self._recalculate()[index]

    def __setitem__(self, index, path):
        self._path[index] = path

    def __len__(self):
        return len(self._recalculate())

    def __repr__(self):
        return "_NamespacePath({!r})".format(self._path)

    def __contains__(self, item):
        return item in self._recalculate()

    def append(self, item):
        self._path.append(item)


class NamespaceLoader:
    """The loader of a namespace package (a folder without ``__init__.py``)."""

    def __init__(self, name, path, path_finder):
        self._path = _NamespacePath(name, path, path_finder)

    def is_package(self, fullname):
        return True

    def get_source(self, fullname):
        return ""

    def get_code(self, fullname):
        return compile("", "<string>", "exec", dont_inherit=True)

    def create_module(self, spec):
        """None: the default module creation is used."""

    def exec_module(self, module):
        pass

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)

    def get_resource_reader(self, module):
        return None


# --- Finders on sys.path ---------------------------------------------------------------------

def _get_supported_file_loaders():
    return [(SourceFileLoader, SOURCE_SUFFIXES)]


class FileFinder:
    """Finds modules and packages in one folder, with the loaders of the suffixes given as
    ``(loader, suffixes)`` pairs."""

    def __init__(self, path, *loader_details):
        loaders = []
        for loader, suffixes in loader_details:
            loaders.extend((suffix, loader) for suffix in suffixes)
        self._loaders = loaders
        if not path or path == ".":
            self.path = os.getcwd()
        else:
            self.path = _path_abspath(path)

    def invalidate_caches(self):
        """Nothing is cached: every search looks at the folder afresh."""

    def _get_spec(self, loader_class, fullname, path, smsl, target):
        loader = loader_class(fullname, path)
        return spec_from_file_location(fullname, path, loader=loader,
                                       submodule_search_locations=smsl)

    def find_spec(self, fullname, target=None):
        tail_module = fullname.rpartition(".")[2]
        base_path = _path_join(self.path, tail_module)
        is_namespace = False
        if os.path.isdir(base_path):
            for suffix, loader_class in self._loaders:
                init_filename = "__init__" + suffix
                full_path = _path_join(base_path, init_filename)
                if os.path.isfile(full_path):
                    return self._get_spec(loader_class, fullname, full_path, [base_path],
                                          target)
            is_namespace = True
        for suffix, loader_class in self._loaders:
            full_path = _path_join(self.path, tail_module + suffix)
            if os.path.isfile(full_path):
                return self._get_spec(loader_class, fullname, full_path, None, target)
        if is_namespace:
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base_path]
            return spec
        return None

    @classmethod
    def path_hook(cls, *loader_details):
        """A ``sys.path_hooks`` entry making a FileFinder for each folder."""
        def path_hook_for_FileFinder(path):
            if not os.path.isdir(path):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return "FileFinder({!r})".format(self.path)


_default_hooks = None
_own_importer_cache = {}


def _path_hooks_list():
    """``sys.path_hooks``, or (when the interpreter has none) this module's default hooks."""
    hooks = getattr(sys, "path_hooks", None)
    if hooks is not None:
        return hooks
    global _default_hooks
    if _default_hooks is None:
        _default_hooks = [_ZipImporter,
                          FileFinder.path_hook(*_get_supported_file_loaders())]
    return _default_hooks


def _importer_cache():
    cache = getattr(sys, "path_importer_cache", None)
    return _own_importer_cache if cache is None else cache


class PathFinder:
    """Finds modules on ``sys.path`` or a package's ``__path__``, through each entry's
    path-entry finder (made by the path hooks and cached)."""

    @staticmethod
    def invalidate_caches():
        cache = _importer_cache()
        for name, finder in list(cache.items()):
            if finder is None or not _path_isabs(name):
                del cache[name]
            elif hasattr(finder, "invalidate_caches"):
                finder.invalidate_caches()

    @staticmethod
    def _path_hooks(path):
        hooks = _path_hooks_list()
        if not hooks:
            import warnings
            warnings.warn("sys.path_hooks is empty", ImportWarning)
        for hook in hooks:
            try:
                return hook(path)
            except ImportError:
                continue
        return None

    @classmethod
    def _path_importer_cache(cls, path):
        if path == "":
            try:
                path = os.getcwd()
            except FileNotFoundError:
                return None
        cache = _importer_cache()
        try:
            return cache[path]
        except KeyError:
            finder = cls._path_hooks(path)
            cache[path] = finder
            return finder

    @classmethod
    def _get_spec(cls, fullname, path, target=None):
        namespace_path = []
        for entry in path:
            if not isinstance(entry, str):
                continue
            finder = cls._path_importer_cache(entry)
            if finder is None:
                continue
            if hasattr(finder, "find_spec"):
                spec = finder.find_spec(fullname, target)
            else:
                spec = _legacy_entry_spec(finder, fullname)
            if spec is None:
                continue
            if spec.loader is not None:
                return spec
            portions = spec.submodule_search_locations
            if portions is None:
                raise ImportError("spec missing loader")
            namespace_path.extend(portions)
        spec = ModuleSpec(fullname, None)
        spec.submodule_search_locations = namespace_path
        return spec

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        if path is None:
            path = sys.path
        spec = cls._get_spec(fullname, path, target)
        if spec is None:
            return None
        if spec.loader is None:
            namespace_path = spec.submodule_search_locations
            if namespace_path:
                spec.origin = None
                spec.submodule_search_locations = _NamespacePath(fullname, namespace_path,
                                                                 cls._get_spec)
                return spec
            return None
        return spec


def _legacy_entry_spec(finder, fullname):
    """A spec from a path-entry finder that only has the old ``find_loader``/``find_module``."""
    if hasattr(finder, "find_loader"):
        loader, portions = finder.find_loader(fullname)
    else:
        loader, portions = finder.find_module(fullname), []
    if loader is not None:
        return spec_from_loader(fullname, loader)
    spec = ModuleSpec(fullname, None)
    spec.submodule_search_locations = portions
    return spec


# --- Module attributes from a spec -----------------------------------------------------------

def _init_module_attrs(spec, module, override=False):
    """Sets ``__name__``, ``__loader__``, ``__package__``, ``__spec__``, ``__path__``,
    ``__file__`` and ``__cached__`` from the spec (existing ones kept unless ``override``)."""
    if override or getattr(module, "__name__", None) is None:
        try:
            module.__name__ = spec.name
        except AttributeError:
            pass
    if override or getattr(module, "__loader__", None) is None:
        loader = spec.loader
        if loader is None and spec.submodule_search_locations is not None:
            loader = NamespaceLoader.__new__(NamespaceLoader)
            loader._path = spec.submodule_search_locations
            spec.loader = loader
            module.__file__ = None
        try:
            module.__loader__ = loader
        except AttributeError:
            pass
    if override or getattr(module, "__package__", None) is None:
        try:
            module.__package__ = spec.parent
        except AttributeError:
            pass
    try:
        module.__spec__ = spec
    except AttributeError:
        pass
    if override or getattr(module, "__path__", None) is None:
        if spec.submodule_search_locations is not None:
            try:
                module.__path__ = spec.submodule_search_locations
            except AttributeError:
                pass
    if spec.has_location:
        if override or getattr(module, "__file__", None) is None:
            try:
                module.__file__ = spec.origin
            except AttributeError:
                pass
        if override or getattr(module, "__cached__", None) is None:
            if spec.cached is not None:
                try:
                    module.__cached__ = spec.cached
                except AttributeError:
                    pass
    return module


def _spec_of_loaded(name, module):
    """The spec of a module imported by pyrs's own import system, which sets no
    ``__spec__`` yet: built from what the module has (``__file__``, ``__path__``)."""
    if name in sys.builtin_module_names:
        spec = spec_from_loader(name, BuiltinImporter, origin=BuiltinImporter._ORIGIN)
    else:
        path = getattr(module, "__path__", None)
        file = getattr(module, "__file__", None)
        if isinstance(file, str):
            in_zip = None if os.path.exists(file) else _zip_member(file)
            if in_zip is None:
                spec = spec_from_file_location(name, file, loader=SourceFileLoader(name, file),
                                               submodule_search_locations=path)
            else:
                archive, member = in_zip
                folder = _path_split(member)[0]
                if path is not None:
                    folder = _path_split(folder)[0]  # a package: pkg/__init__.py
                loader = _ZipImporter(_path_join(archive.archive, folder))
                spec = spec_from_file_location(name, file, loader=loader,
                                               submodule_search_locations=path)
                spec.origin = file  # as the archive's sys.path entry spells it
        else:
            spec = spec_from_loader(name, FrozenImporter, origin=FrozenImporter._ORIGIN,
                                    is_package=path is not None)
            if path is not None:
                spec.submodule_search_locations = path
    try:
        module.__spec__ = spec
        if getattr(module, "__loader__", None) is None:
            module.__loader__ = spec.loader
    except AttributeError:
        pass
    return spec


# --- Zip archives on sys.path ----------------------------------------------------------------

class _ZipImportError(ImportError):
    pass


_ZipImportError.__name__ = _ZipImportError.__qualname__ = "ZipImportError"
_ZipImportError.__module__ = "zipimport"

_archives = {}


class _ZipArchive:
    """The members of a zip file: name -> (method, compressed size, size, header offset)."""

    def __init__(self, archive):
        self.archive = archive
        with open(archive, "rb") as f:
            data = f.read()
        self.data = data
        end = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
        if end < 0 or len(data) < end + 22:
            raise _ZipImportError("not a Zip file: {!r}".format(archive), path=archive)
        count = int.from_bytes(data[end + 10:end + 12], "little")
        cd_size = int.from_bytes(data[end + 12:end + 16], "little")
        cd_offset = int.from_bytes(data[end + 16:end + 20], "little")
        shift = end - cd_size - cd_offset  # bytes in front of the archive (a #! line)
        if shift < 0:
            raise _ZipImportError("bad central directory size or offset: {!r}"
                                  .format(archive), path=archive)
        members = {}
        at = shift + cd_offset
        for _ in range(count):
            if data[at:at + 4] != b"PK\x01\x02":
                raise _ZipImportError("bad central directory: {!r}".format(archive),
                                      path=archive)
            method = int.from_bytes(data[at + 10:at + 12], "little")
            compressed = int.from_bytes(data[at + 20:at + 24], "little")
            size = int.from_bytes(data[at + 24:at + 28], "little")
            name_len = int.from_bytes(data[at + 28:at + 30], "little")
            extra_len = int.from_bytes(data[at + 30:at + 32], "little")
            comment_len = int.from_bytes(data[at + 32:at + 34], "little")
            header = int.from_bytes(data[at + 42:at + 46], "little") + shift
            name = data[at + 46:at + 46 + name_len].decode("utf-8", "replace")
            members[name.replace("/", os.sep)] = (method, compressed, size, header)
            at += 46 + name_len + extra_len + comment_len
        self.members = members

    def contains(self, member):
        return member in self.members

    def is_dir(self, member):
        prefix = member.rstrip(os.sep) + os.sep
        return any(name.startswith(prefix) for name in self.members)

    def read(self, member):
        try:
            method, compressed, size, header = self.members[member]
        except KeyError:
            raise OSError(0, "", member) from None
        data = self.data
        if data[header:header + 4] != b"PK\x03\x04":
            raise _ZipImportError("bad local file header: {!r}".format(self.archive),
                                  path=self.archive)
        name_len = int.from_bytes(data[header + 26:header + 28], "little")
        extra_len = int.from_bytes(data[header + 28:header + 30], "little")
        start = header + 30 + name_len + extra_len
        raw = data[start:start + compressed]
        if method == 0:
            return bytes(raw)
        if method == 8:
            return _inflate(raw)
        raise _ZipImportError("can't decompress data; compression method {} not supported: "
                              "{!r}".format(method, self.archive), path=self.archive)


def _open_archive(archive):
    try:
        stamp = _path_stat(archive)
    except OSError:
        raise _ZipImportError("can't open Zip file: {!r}".format(archive),
                              path=archive) from None
    cached = _archives.get(archive)
    if cached is not None and cached[0] == stamp:
        return cached[1]
    try:
        z = _ZipArchive(archive)
    except OSError:
        raise _ZipImportError("can't open Zip file: {!r}".format(archive),
                              path=archive) from None
    _archives[archive] = (stamp, z)
    return z


def _zip_member(path):
    """(archive, member) when ``path`` goes through a zip file; else None."""
    head = path
    tail = ""
    while head:
        if os.path.isfile(head):
            if not tail:
                return None
            try:
                return _open_archive(head), tail
            except ImportError:
                return None
        if os.path.exists(head):
            return None
        head, last = _path_split(head)
        tail = last + (os.sep + tail if tail else "")
    return None


class _ZipImporter:
    """The path hook and finder/loader for a zip archive (or a folder inside one) on
    ``sys.path``, as ``zipimport.zipimporter``."""

    def __init__(self, path):
        if not isinstance(path, str):
            raise TypeError("expected str, got {}".format(type(path).__name__))
        if not path:
            raise _ZipImportError("archive path is empty", path=path)
        prefix = []
        head = path
        while True:
            if os.path.isfile(head):
                break
            if os.path.exists(head) or not head:
                raise _ZipImportError("not a Zip file", path=path)
            head, last = _path_split(head)
            prefix.insert(0, last)
        self._archive = _open_archive(head)
        self.archive = head
        self.prefix = _path_join(*prefix) + os.sep if prefix else ""

    def _member(self, fullname):
        """('package' | 'module', member path) for a module of this folder, or None."""
        tail = fullname.rpartition(".")[2]
        base = self.prefix + tail
        init = base + os.sep + "__init__.py"
        if self._archive.contains(init):
            return True, init
        if self._archive.contains(base + ".py"):
            return False, base + ".py"
        return None

    def find_spec(self, fullname, target=None):
        found = self._member(fullname)
        if found is not None:
            return spec_from_loader(fullname, self, is_package=found[0])
        tail = fullname.rpartition(".")[2]
        base = self.prefix + tail
        if self._archive.is_dir(base):
            spec = ModuleSpec(fullname, None)
            spec.submodule_search_locations = [self.archive + os.sep + base]
            return spec
        return None

    def _get(self, fullname):
        found = self._member(fullname)
        if found is None:
            raise _ZipImportError("can't find module {!r}".format(fullname), name=fullname)
        return found

    def get_filename(self, fullname):
        return self.archive + os.sep + self._get(fullname)[1]

    def is_package(self, fullname):
        return self._get(fullname)[0]

    def get_data(self, pathname):
        if pathname.startswith(self.archive + os.sep):
            pathname = pathname[len(self.archive + os.sep):]
        try:
            return self._archive.read(pathname)
        except KeyError:
            raise OSError(0, "", pathname) from None

    def get_source(self, fullname):
        member = self._get(fullname)[1]
        return _decode_source(self._archive.read(member))

    def get_code(self, fullname):
        member = self._get(fullname)[1]
        source = _decode_source(self._archive.read(member))
        return compile(source, self.archive + os.sep + member, "exec", dont_inherit=True)

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = self.get_code(module.__name__)
        exec(code, module.__dict__)

    def load_module(self, fullname):
        return _load_module_shim(self, fullname)

    def invalidate_caches(self):
        _archives.pop(self.archive, None)
        self._archive = _open_archive(self.archive)

    def get_resource_reader(self, fullname):
        return None

    def __repr__(self):
        return '<zipimporter object "{}{}{}">'.format(self.archive, os.sep, self.prefix)


_ZipImporter.__name__ = _ZipImporter.__qualname__ = "zipimporter"
_ZipImporter.__module__ = "zipimport"


# Raw DEFLATE (RFC 1951) for compressed zip members.
_LEN_BASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83,
             99, 115, 131, 163, 195, 227, 258)
_LEN_EXTRA = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5,
              5, 0)
_DIST_BASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
              1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577)
_DIST_EXTRA = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11,
               11, 12, 12, 13, 13)
_CLEN_ORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)


class _Bits:
    def __init__(self, data):
        self.data = data
        self.pos = 0      # next byte
        self.buf = 0      # bits not used yet, lowest first
        self.count = 0

    def get(self, n):
        while self.count < n:
            if self.pos >= len(self.data):
                raise _ZipImportError("can't decompress data; zlib not available")
            self.buf |= self.data[self.pos] << self.count
            self.pos += 1
            self.count += 8
        value = self.buf & ((1 << n) - 1)
        self.buf >>= n
        self.count -= n
        return value

    def align(self):
        self.buf = 0
        self.count = 0


def _huffman(lengths):
    """(count of codes per length, symbols ordered by code) of a canonical Huffman code."""
    counts = [0] * 16
    for n in lengths:
        counts[n] += 1
    counts[0] = 0
    offsets = [0] * 16
    for n in range(1, 16):
        offsets[n] = offsets[n - 1] + counts[n - 1]
    symbols = [0] * len(lengths)
    for sym, n in enumerate(lengths):
        if n:
            symbols[offsets[n]] = sym
            offsets[n] += 1
    return counts, symbols


def _decode_symbol(bits, table):
    counts, symbols = table
    code = first = index = 0
    for n in range(1, 16):
        code |= bits.get(1)
        count = counts[n]
        if code - first < count:
            return symbols[index + code - first]
        index += count
        first = (first + count) << 1
        code <<= 1
    raise _ZipImportError("can't decompress data; invalid Huffman code")


_fixed_tables = None


def _inflate(data):
    global _fixed_tables
    bits = _Bits(data)
    out = bytearray()
    while True:
        last = bits.get(1)
        kind = bits.get(2)
        if kind == 0:
            bits.align()
            p = bits.pos
            length = int.from_bytes(data[p:p + 2], "little")
            out += data[p + 4:p + 4 + length]
            bits.pos = p + 4 + length
        elif kind in (1, 2):
            if kind == 1:
                if _fixed_tables is None:
                    lit = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
                    _fixed_tables = (_huffman(lit), _huffman([5] * 30))
                lit_table, dist_table = _fixed_tables
            else:
                nlen = bits.get(5) + 257
                ndist = bits.get(5) + 1
                ncode = bits.get(4) + 4
                clens = [0] * 19
                for i in range(ncode):
                    clens[_CLEN_ORDER[i]] = bits.get(3)
                ctable = _huffman(clens)
                lengths = []
                while len(lengths) < nlen + ndist:
                    sym = _decode_symbol(bits, ctable)
                    if sym < 16:
                        lengths.append(sym)
                    elif sym == 16:
                        lengths.extend([lengths[-1]] * (3 + bits.get(2)))
                    elif sym == 17:
                        lengths.extend([0] * (3 + bits.get(3)))
                    else:
                        lengths.extend([0] * (11 + bits.get(7)))
                lit_table = _huffman(lengths[:nlen])
                dist_table = _huffman(lengths[nlen:])
            while True:
                sym = _decode_symbol(bits, lit_table)
                if sym < 256:
                    out.append(sym)
                elif sym == 256:
                    break
                else:
                    sym -= 257
                    length = _LEN_BASE[sym] + bits.get(_LEN_EXTRA[sym])
                    dsym = _decode_symbol(bits, dist_table)
                    dist = _DIST_BASE[dsym] + bits.get(_DIST_EXTRA[dsym])
                    start = len(out) - dist
                    if dist >= length:
                        out += out[start:start + length]
                    else:
                        for i in range(length):
                            out.append(out[start + i])
        else:
            raise _ZipImportError("can't decompress data; invalid block type")
        if last:
            return bytes(out)


# CPython's classes report the bootstrap modules they live in.
for _cls in (ModuleSpec, BuiltinImporter, FrozenImporter):
    _cls.__module__ = "_frozen_importlib"
for _cls in (FileLoader, SourceLoader, SourceFileLoader, SourcelessFileLoader,
             ExtensionFileLoader, NamespaceLoader, FileFinder, PathFinder,
             WindowsRegistryFinder, _NamespacePath):
    _cls.__module__ = "_frozen_importlib_external"
del _cls
