"""The linecache module: the lines of source files, read once and kept in a cache.

Used by warnings and tracebacks to show a source line.  ``cache`` maps a file name to
``(size, mtime, lines, fullname)``, or to a 1-tuple holding a function that returns the
source (a "lazy" entry made from a module's ``__loader__``, filled in on first use).
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forgets every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line ``lineno`` (1-based, with its newline) of ``filename``, or '' when there is none."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of ``filename`` (read and cached on first use); [] when it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _size_mtime(path):
    """``(size, mtime)`` of the file at ``path``; OSError when it is missing."""
    stat = getattr(os, "stat", None)
    if stat is not None:
        st = stat(path)
        return st.st_size, st.st_mtime
    if not os.path.isfile(path):
        raise FileNotFoundError(2, "No such file or directory", path)
    return os.path.getsize(path), os.path.getmtime(path)


def checkcache(filename=None):
    """Drops the cached entries (all, or ``filename``'s) whose file changed or vanished."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue  # lazy entries have nothing on disk to compare with
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # registered by hand: never stale
        try:
            now = _size_mtime(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if now != (size, mtime):
            cache.pop(name, None)


def _source_encoding(data):
    """The encoding a Python source file declares (BOM or coding cookie); utf-8 by default."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    for line in data.split(b"\n", 2)[:2]:
        stripped = line.lstrip(b" \t\f")
        if not stripped.startswith(b"#"):
            if stripped.strip():
                break  # code before any cookie: no cookie can follow
            continue
        at = stripped.find(b"coding")
        if at < 0 or stripped[at + 6:at + 7] not in (b":", b"="):
            continue
        rest = stripped[at + 7:].lstrip(b" \t")
        end = 0
        while end < len(rest) and (rest[end:end + 1].isalnum() or rest[end:end + 1] in b"-_."):
            end += 1
        if end:
            name = rest[:end].decode("ascii").lower().replace("_", "-")
            if name == "utf-8" or name.startswith("utf-8-"):
                return "utf-8"
            if name in ("latin-1", "iso-8859-1", "iso-latin-1") or \
                    name.startswith(("latin-1-", "iso-8859-1-", "iso-latin-1-")):
                return "iso-8859-1"
            return name
    return "utf-8"


def _read_lines(fullname):
    with open(fullname, "rb") as f:
        data = f.read()
    encoding = _source_encoding(data)
    if encoding == "utf-8-sig":
        data = data[3:]
        encoding = "utf-8"
    return data.decode(encoding).splitlines(True)


def updatecache(filename, module_globals=None):
    """Reads ``filename`` afresh into the cache and returns its lines ([] on failure).

    A relative name that is not found as is gets looked up in every ``sys.path`` folder; a
    name in angle brackets (``<string>``) is only served by a lazy (loader) entry.
    """
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return []
    fullname = filename
    try:
        size, mtime = _size_mtime(fullname)
    except OSError:
        basename = filename
        # A module whose loader can give its source (e.g. from a zip file).
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + "\n" for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for folder in sys.path:
            try:
                fullname = os.path.join(folder, basename)
            except (TypeError, AttributeError):
                continue
            try:
                size, mtime = _size_mtime(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        lines = _read_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Registers a lazy entry for ``filename`` when ``module_globals`` name a loader that can
    return the module's source.  True when an entry (lazy or full) now exists."""
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith("<") and filename.endswith(">")):
        return False
    if not module_globals or not isinstance(module_globals, dict):
        return False
    spec = module_globals.get("__spec__")
    name = getattr(spec, "name", None) or module_globals.get("__name__")
    loader = getattr(spec, "loader", None)
    if loader is None:
        loader = module_globals.get("__loader__")
    get_source = getattr(loader, "get_source", None)
    if name and get_source is not None:
        cache[filename] = (lambda: get_source(name),)
        return True
    return False
