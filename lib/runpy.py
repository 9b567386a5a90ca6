"""runpy: running a module or a script by name or path, as ``python -m`` and ``python PATH``
do, in a fresh namespace (``run_module``, ``run_path``); both return that namespace."""

import sys
import os
import importlib.machinery
import importlib.util

__all__ = ["run_module", "run_path"]

_MODULE_TYPE = type(sys)


class _TempModule:
    """Puts a fresh module in ``sys.modules`` under a name for the duration of a run."""

    def __init__(self, mod_name):
        self.mod_name = mod_name
        self.module = importlib.machinery._new_module(mod_name)
        self._saved_module = []

    def __enter__(self):
        mod_name = self.mod_name
        try:
            self._saved_module.append(sys.modules[mod_name])
        except KeyError:
            pass
        sys.modules[mod_name] = self.module
        return self

    def __exit__(self, *args):
        if self._saved_module:
            sys.modules[self.mod_name] = self._saved_module[0]
        else:
            sys.modules.pop(self.mod_name, None)
        self._saved_module = []


class _ModifiedArgv0:
    """Sets ``sys.argv[0]`` for the duration of a run."""

    def __init__(self, value):
        self.value = value
        self._saved_value = self._sentinel = object()

    def __enter__(self):
        if self._saved_value is not self._sentinel:
            raise RuntimeError("Already preserving saved value")
        self._saved_value = sys.argv[0]
        sys.argv[0] = self.value

    def __exit__(self, *args):
        self.value = self._sentinel
        sys.argv[0] = self._saved_value


def _run_code(code, run_globals, init_globals=None, mod_name=None, mod_spec=None,
              pkg_name=None, script_name=None):
    """Runs ``code`` in ``run_globals`` (after ``init_globals``) with the module attributes
    of ``mod_spec`` or of a plain script; returns ``run_globals``."""
    if init_globals is not None:
        run_globals.update(init_globals)
    if mod_spec is None:
        loader = None
        fname = script_name
        cached = None
    else:
        loader = mod_spec.loader
        fname = mod_spec.origin
        cached = mod_spec.cached
        if pkg_name is None:
            pkg_name = mod_spec.parent
    run_globals.update(__name__=mod_name, __file__=fname, __cached__=cached, __doc__=None,
                       __loader__=loader, __package__=pkg_name, __spec__=mod_spec)
    exec(code, run_globals)
    return run_globals


def _run_module_code(code, init_globals=None, mod_name=None, mod_spec=None, pkg_name=None,
                     script_name=None):
    """Runs ``code`` in a temporary module registered as ``mod_name``, with ``sys.argv[0]``
    its file; returns a copy of its namespace."""
    fname = script_name if mod_spec is None else mod_spec.origin
    with _TempModule(mod_name) as temp_module, _ModifiedArgv0(fname):
        mod_globals = temp_module.module.__dict__
        _run_code(code, mod_globals, init_globals, mod_name, mod_spec, pkg_name, script_name)
    return mod_globals.copy()


def _get_module_details(mod_name, error=ImportError):
    """``(name, spec, code)`` of the module ``run_module`` runs (a package's ``__main__``)."""
    if mod_name.startswith("."):
        raise error("Relative module names not supported")
    pkg_name, _, _ = mod_name.rpartition(".")
    if pkg_name:
        # The parent packages are imported first (a missing one is reported below).
        try:
            __import__(pkg_name)
        except ImportError as e:
            if e.name is None or (e.name != pkg_name and not pkg_name.startswith(e.name + ".")):
                raise
        existing = sys.modules.get(mod_name)
        if existing is not None and not hasattr(existing, "__path__"):
            from warnings import warn
            warn(RuntimeWarning(
                "{mod_name!r} found in sys.modules after import of package {pkg_name!r}, but "
                "prior to execution of {mod_name!r}; this may result in unpredictable "
                "behaviour".format(mod_name=mod_name, pkg_name=pkg_name)))
    try:
        spec = importlib.util.find_spec(mod_name)
    except (ImportError, AttributeError, TypeError, ValueError) as ex:
        msg = "Error while finding module specification for {!r} ({}: {})"
        if mod_name.endswith(".py"):
            msg += (f". Try using '{mod_name[:-3]}' instead of "
                    f"'{mod_name}' as the module name.")
        raise error(msg.format(mod_name, type(ex).__name__, ex)) from ex
    if spec is None:
        raise error("No module named %s" % mod_name)
    if spec.submodule_search_locations is not None:
        if mod_name == "__main__" or mod_name.endswith(".__main__"):
            raise error("Cannot use package as __main__ module")
        try:
            return _get_module_details(mod_name + ".__main__", error)
        except error as e:
            if mod_name not in sys.modules:
                raise
            raise error(("%s; %r is a package and cannot be directly executed")
                        % (e, mod_name))
    loader = spec.loader
    if loader is None:
        raise error("%r is a namespace package and cannot be executed" % mod_name)
    try:
        code = loader.get_code(mod_name)
    except ImportError as e:
        raise error(format(e)) from e
    if code is None:
        raise error("No code object available for %s" % mod_name)
    return mod_name, spec, code


class _Error(Exception):
    """A module that cannot be run with ``-m`` (the message is printed by itself)."""


def _run_module_as_main(mod_name, alter_argv=True):
    """What ``python -m mod_name`` does: runs the module as ``__main__``, in the namespace
    of the existing ``__main__`` module."""
    try:
        if alter_argv or mod_name != "__main__":
            mod_name, mod_spec, code = _get_module_details(mod_name, _Error)
        else:
            mod_name, mod_spec, code = _get_main_module_details(_Error)
    except _Error as exc:
        sys.exit("%s: %s" % (sys.executable, exc))
    main_globals = sys.modules["__main__"].__dict__
    if alter_argv:
        sys.argv[0] = mod_spec.origin
    return _run_code(code, main_globals, None, "__main__", mod_spec)


def run_module(mod_name, init_globals=None, run_name=None, alter_sys=False):
    """Runs module ``mod_name`` (a package runs its ``__main__`` submodule) as ``run_name``
    (its own name by default) and returns its globals.  With ``alter_sys`` it runs in a
    temporary module in ``sys.modules`` with ``sys.argv[0]`` its file."""
    mod_name, mod_spec, code = _get_module_details(mod_name)
    if run_name is None:
        run_name = mod_name
    if alter_sys:
        return _run_module_code(code, init_globals, run_name, mod_spec)
    return _run_code(code, {}, init_globals, run_name, mod_spec)


def _get_main_module_details(error=ImportError):
    """The details of the ``__main__`` module found on ``sys.path`` (``sys.modules`` keeps
    the running one aside meanwhile)."""
    main_name = "__main__"
    saved_main = sys.modules[main_name]
    del sys.modules[main_name]
    try:
        return _get_module_details(main_name)
    except ImportError as exc:
        if main_name in str(exc):
            raise error("can't find %r module in %r" % (main_name, sys.path[0])) from exc
        raise
    finally:
        sys.modules[main_name] = saved_main


def _get_importer(path_name):
    """The path-entry finder of ``path_name`` (None: it is a plain file, not a folder or a
    zip archive), as ``pkgutil.get_importer``."""
    cache = importlib.machinery._importer_cache()
    try:
        return cache[path_name]
    except KeyError:
        pass
    for hook in importlib.machinery._path_hooks_list():
        try:
            importer = hook(path_name)
        except ImportError:
            continue
        cache.setdefault(path_name, importer)
        return importer
    return None


def _get_code_from_file(run_name, fname):
    with open(os.path.abspath(fname), "rb") as f:
        source = f.read()
    code = compile(importlib.machinery._decode_source(source), fname, "exec")
    return code, fname


def run_path(path_name, init_globals=None, run_name=None):
    """Runs the script at ``path_name`` -- a ``.py`` file, or a folder or zip archive holding
    ``__main__.py`` -- as ``run_name`` (``'<run_path>'`` by default) and returns its globals."""
    if run_name is None:
        run_name = "<run_path>"
    pkg_name = run_name.rpartition(".")[0]
    path_name = os.fspath(path_name)
    importer = _get_importer(path_name)
    if importer is None:
        code, fname = _get_code_from_file(run_name, path_name)
        return _run_module_code(code, init_globals, run_name, pkg_name=pkg_name,
                                script_name=fname)
    # A folder or an archive: its __main__ module is found with it first on sys.path.
    sys.path.insert(0, path_name)
    try:
        mod_name, mod_spec, code = _get_main_module_details()
        with _TempModule(run_name) as temp_module, _ModifiedArgv0(path_name):
            mod_globals = temp_module.module.__dict__
            return _run_code(code, mod_globals, init_globals, run_name, mod_spec,
                             pkg_name).copy()
    finally:
        try:
            sys.path.remove(path_name)
        except ValueError:
            pass
