"""importlib.abc: the abstract base classes of finders and loaders (PEP 302/451 protocols).

A meta path finder has ``find_spec(fullname, path, target=None)``; a path entry finder has
``find_spec(fullname, target=None)``; a loader has ``create_module(spec)`` (None: the default
module) and ``exec_module(module)``.  The standard classes of ``importlib.machinery`` are
registered as virtual subclasses.
"""

import abc
from importlib import machinery

__all__ = ["Loader", "Finder", "MetaPathFinder", "PathEntryFinder", "ResourceLoader",
           "InspectLoader", "ExecutionLoader", "FileLoader", "SourceLoader"]


def _register(abstract_cls, *classes):
    for cls in classes:
        abstract_cls.register(cls)


class Loader(metaclass=abc.ABCMeta):
    """Base of the loaders."""

    def create_module(self, spec):
        """The module to execute the spec in, or None for the default module object."""
        return None

    def load_module(self, fullname):
        """Deprecated: imports ``fullname`` with ``exec_module`` and returns the module."""
        if not hasattr(self, "exec_module"):
            raise ImportError
        return machinery._load_module_shim(self, fullname)

    def module_repr(self, module):
        """Deprecated: never used by the import system."""
        raise NotImplementedError


class Finder(metaclass=abc.ABCMeta):
    """Deprecated base of the finders."""

    def __init__(self):
        import warnings
        warnings.warn("the Finder ABC is deprecated and slated for removal in Python 3.12;"
                      " use MetaPathFinder or PathEntryFinder instead", DeprecationWarning)

    @abc.abstractmethod
    def find_module(self, fullname, path=None):
        """Deprecated: the loader of ``fullname`` or None."""
        import warnings
        warnings.warn("importlib.abc.Finder along with its find_module() method are "
                      "deprecated and slated for removal in Python 3.12; use "
                      "MetaPathFinder.find_spec() or PathEntryFinder.find_spec() instead",
                      DeprecationWarning)


class MetaPathFinder(metaclass=abc.ABCMeta):
    """A finder for ``sys.meta_path``: ``find_spec(fullname, path, target=None)``."""

    def find_module(self, fullname, path):
        """Deprecated: the loader of the spec ``find_spec`` returns, or None."""
        import warnings
        warnings.warn("MetaPathFinder.find_module() is deprecated since Python 3.4 in favor "
                      "of MetaPathFinder.find_spec() and is slated for removal in Python 3.12",
                      DeprecationWarning, stacklevel=2)
        if not hasattr(self, "find_spec"):
            return None
        found = self.find_spec(fullname, path)
        return found.loader if found is not None else None

    def invalidate_caches(self):
        """Forgets whatever the finder cached (``importlib.invalidate_caches``)."""


class PathEntryFinder(metaclass=abc.ABCMeta):
    """A finder for one ``sys.path`` entry: ``find_spec(fullname, target=None)``."""

    def find_loader(self, fullname):
        """Deprecated: ``(loader, portions)`` for ``fullname``."""
        import warnings
        warnings.warn("PathEntryFinder.find_loader() is deprecated since Python 3.4 in favor "
                      "of PathEntryFinder.find_spec() (available since 3.4)",
                      DeprecationWarning, stacklevel=2)
        if not hasattr(self, "find_spec"):
            return None, []
        found = self.find_spec(fullname)
        if found is None:
            return None, []
        return found.loader, (found.submodule_search_locations or [])

    def find_module(self, fullname):
        """Deprecated: the loader of ``fullname`` or None."""
        loader, portions = self.find_loader(fullname)
        return loader

    def invalidate_caches(self):
        """Forgets whatever the finder cached (``importlib.invalidate_caches``)."""


class ResourceLoader(Loader):
    """A loader that reads files: ``get_data(path)``."""

    @abc.abstractmethod
    def get_data(self, path):
        """The bytes of the file at ``path``."""
        raise OSError


class InspectLoader(Loader):
    """A loader that can give a module's source and code."""

    def is_package(self, fullname):
        """Whether the module is a package."""
        raise ImportError

    def get_code(self, fullname):
        """The code object of the module, compiled from ``get_source``."""
        source = self.get_source(fullname)
        if source is None:
            return None
        return self.source_to_code(source)

    @abc.abstractmethod
    def get_source(self, fullname):
        """The source text of the module (None when there is none)."""
        raise ImportError

    @staticmethod
    def source_to_code(data, path="<string>"):
        """Compiles source text or bytes as a module."""
        if isinstance(data, (bytes, bytearray)):
            data = machinery._decode_source(data)
        return compile(data, path, "exec", dont_inherit=True)

    exec_module = machinery._LoaderBasics.exec_module
    load_module = machinery._LoaderBasics.load_module


_register(InspectLoader, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.NamespaceLoader)


class ExecutionLoader(InspectLoader):
    """A loader whose modules come from files: ``get_filename(fullname)``."""

    @abc.abstractmethod
    def get_filename(self, fullname):
        """The path of the module's file."""
        raise ImportError

    def get_code(self, fullname):
        source = self.get_source(fullname)
        if source is None:
            return None
        try:
            path = self.get_filename(fullname)
        except ImportError:
            return self.source_to_code(source)
        return self.source_to_code(source, path)


_register(ExecutionLoader, machinery.ExtensionFileLoader)


class FileLoader(machinery.FileLoader, ResourceLoader, ExecutionLoader):
    """A loader for a module in a file, given its name and path."""


_register(FileLoader, machinery.SourceFileLoader, machinery.SourcelessFileLoader)


class SourceLoader(machinery.SourceLoader, ResourceLoader, ExecutionLoader):
    """A loader of source files: define ``get_data`` and ``get_filename`` (and optionally
    ``path_stats``/``set_data``)."""

    def path_mtime(self, path):
        """The modification time of the file (OSError: unknown)."""
        if self.path_stats.__func__ is SourceLoader.path_stats:
            raise OSError
        return int(self.path_stats(path)["mtime"])

    def path_stats(self, path):
        """A dict with the file's ``mtime`` (and optionally ``size``)."""
        if self.path_mtime.__func__ is SourceLoader.path_mtime:
            raise OSError
        return {"mtime": self.path_mtime(path)}

    def set_data(self, path, data):
        """Writes a file (the bytecode cache); doing nothing is allowed."""


_register(SourceLoader, machinery.SourceFileLoader)
_register(MetaPathFinder, machinery.BuiltinImporter, machinery.FrozenImporter,
          machinery.PathFinder, machinery.WindowsRegistryFinder)
_register(PathEntryFinder, machinery.FileFinder)
_register(PathEntryFinder, machinery._ZipImporter)
_register(InspectLoader, machinery._ZipImporter)
