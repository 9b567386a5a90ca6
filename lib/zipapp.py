"""Build executable zip archives of Python code: pyrs's pure-Python ``zipapp`` module.

``create_archive`` packs a folder (or copies an archive, changing its shebang line) into a
``.pyz`` file that Python runs; ``get_interpreter`` reads an archive's shebang line; and
``python -m zipapp SOURCE [-o OUTPUT] [-p INTERPRETER] [-m MODULE:FN] [-c] [--info]`` is the
command line, with CPython's messages.  Members are added in sorted order (CPython 3.11 uses
the folder's listing order).  Without ``os.chmod`` (missing in pyrs so far) an archive written
with an interpreter does not get its executable bit.
"""

import os
import sys
import zipfile

__all__ = ["ZipAppError", "create_archive", "get_interpreter"]

MAIN_TEMPLATE = """\
# -*- coding: utf-8 -*-
import {module}
{module}.{fn}()
"""


class ZipAppError(ValueError):
    pass


class _Opened:
    """A context manager giving a file object: opened from a path (and closed after), or
    the caller's own file object (left open)."""

    def __init__(self, target, mode):
        self._target = target
        self._mode = mode
        self._file = None

    def __enter__(self):
        if isinstance(self._target, str):
            self._file = open(self._target, self._mode)
            return self._file
        return self._target

    def __exit__(self, *exc):
        if self._file is not None:
            self._file.close()


def _fspath(p):
    if hasattr(p, "__fspath__"):
        return os.fspath(p)
    return p


def _write_file_prefix(f, interpreter):
    if interpreter:
        f.write(b"#!" + interpreter.encode(sys.getfilesystemencoding()) + b"\n")


def _make_executable(path):
    chmod = getattr(os, "chmod", None)
    stat = getattr(os, "stat", None)
    if chmod is not None and stat is not None:
        chmod(path, stat(path).st_mode | 0o100)


def _copy_archive(archive, new_archive, interpreter=None):
    """Copy an application archive, replacing (or removing) its shebang line."""
    with _Opened(archive, "rb") as src:
        first = src.read(2)
        if first == b"#!":
            first = b""
            src.readline()
        with _Opened(new_archive, "wb") as dst:
            _write_file_prefix(dst, interpreter)
            dst.write(first)
            while True:
                chunk = src.read(65536)
                if not chunk:
                    break
                dst.write(chunk)
    if interpreter and isinstance(new_archive, str):
        _make_executable(new_archive)


class _RelPath:
    """A stand-in for pathlib.Path (absent in pyrs) given to create_archive's filter."""

    def __init__(self, text):
        self._text = text

    def __str__(self):
        return self._text

    def __fspath__(self):
        return self._text

    def __repr__(self):
        return "PosixPath(%r)" % self._text

    def __eq__(self, other):
        if isinstance(other, _RelPath):
            return self._text == other._text
        return NotImplemented

    def __hash__(self):
        return hash(self._text)

    def as_posix(self):
        return self._text

    @property
    def parts(self):
        return tuple(self._text.split("/"))

    @property
    def name(self):
        return self._text.rsplit("/", 1)[-1]

    @property
    def suffix(self):
        name = self.name
        i = name.rfind(".")
        return name[i:] if 0 < i < len(name) - 1 else ""

    @property
    def suffixes(self):
        name = self.name
        if name.endswith("."):
            return []
        name = name.lstrip(".")
        return ["." + s for s in name.split(".")[1:]]

    @property
    def stem(self):
        name = self.name
        suffix = self.suffix
        return name[:len(name) - len(suffix)] if suffix else name

    @property
    def parent(self):
        head = self._text.rpartition("/")[0]
        return _RelPath(head or ".")


def _filter_path(rel):
    try:
        import pathlib
    except ImportError:
        return _RelPath(rel)
    return pathlib.Path(rel)


def _walk(root):
    """The paths under ``root`` (relative, '/'-separated), sorted by their parts."""
    found = []

    def visit(folder, prefix):
        for name in os.listdir(folder):
            full = os.path.join(folder, name)
            parts = prefix + (name,)
            found.append(parts)
            if os.path.isdir(full) and not os.path.islink(full):
                visit(full, parts)

    visit(root, ())
    found.sort()
    return ["/".join(parts) for parts in found]


def create_archive(source, target=None, interpreter=None, main=None, filter=None,
                   compressed=False):
    """Create an application archive from SOURCE (a folder, or an archive to copy).

    TARGET is the archive to write (default: SOURCE with the suffix '.pyz'), INTERPRETER the
    interpreter of its shebang line (none by default), MAIN 'pkg.module:function' when SOURCE
    has no __main__.py, FILTER a callable choosing the paths to add, and COMPRESSED whether
    members are deflated."""
    source = _fspath(source)
    if hasattr(source, "read") and hasattr(source, "readline"):
        _copy_archive(source, _fspath(target), interpreter)
        return
    if os.path.isfile(source):
        _copy_archive(source, _fspath(target), interpreter)
        return
    if not os.path.exists(source):
        raise ZipAppError("Source does not exist")
    has_main = os.path.exists(os.path.join(source, "__main__.py"))
    if main and has_main:
        raise ZipAppError("Cannot specify entry point if the source has __main__.py")
    if not (main or has_main):
        raise ZipAppError("Archive has no entry point")
    main_py = None
    if main:
        mod, sep, fn = main.partition(":")
        mod_ok = all(part.isidentifier() for part in mod.split("."))
        fn_ok = all(part.isidentifier() for part in fn.split("."))
        if not (sep == ":" and mod_ok and fn_ok):
            raise ZipAppError("Invalid entry point: " + main)
        main_py = MAIN_TEMPLATE.format(module=mod, fn=fn)
    if target is None:
        base = source.rstrip("/") or source
        target = os.path.splitext(base)[0] + ".pyz"
    else:
        target = _fspath(target)
    compression = zipfile.ZIP_DEFLATED if compressed else zipfile.ZIP_STORED
    with _Opened(target, "wb") as fd:
        _write_file_prefix(fd, interpreter)
        with zipfile.ZipFile(fd, "w", compression=compression) as z:
            for rel in _walk(source):
                if filter is None or filter(_filter_path(rel)):
                    z.write(os.path.join(source, rel), rel)
            if main_py:
                z.writestr("__main__.py", main_py.encode("utf-8"))
    if interpreter and isinstance(target, str):
        _make_executable(target)


def get_interpreter(archive):
    """The interpreter named by the archive's shebang line, or None."""
    with _Opened(_fspath(archive), "rb") as f:
        if f.read(2) == b"#!":
            return f.readline().strip().decode(sys.getfilesystemencoding())
    return None


# ---------------------------------------------------------------------------------------------
# the command line (argparse's behaviour and messages for this parser)

_OPTIONS = (
    # (long name, short name, destination, takes a value)
    ("--output", "-o", "output", True),
    ("--python", "-p", "python", True),
    ("--main", "-m", "main", True),
    ("--compress", "-c", "compress", False),
    ("--info", None, "info", False),
    ("--help", "-h", "help", False),
)

_HELP_BODY = """\
positional arguments:
  source                Source directory (or existing archive).

options:
  -h, --help            show this help message and exit
  --output OUTPUT, -o OUTPUT
                        The name of the output archive. Required if SOURCE is
                        an archive.
  --python PYTHON, -p PYTHON
                        The name of the Python interpreter to use (default: no
                        shebang line).
  --main MAIN, -m MAIN  The main function of the application (default: use an
                        existing __main__.py).
  --compress, -c        Compress files with the deflate method. Files are
                        stored uncompressed by default.
  --info                Display the interpreter from the archive.
"""


def _prog():
    if sys.argv and sys.argv[0]:
        return os.path.basename(sys.argv[0])
    return "zipapp.py"


def _usage(prog):
    try:
        width = int(os.environ.get("COLUMNS", "")) - 2
    except ValueError:
        width = 78
    optionals = ["[-h]", "[--output OUTPUT]", "[--python PYTHON]", "[--main MAIN]",
                 "[--compress]", "[--info]"]
    first = "usage: " + prog
    whole = " ".join([first] + optionals + ["source"])
    if len(whole) <= width:
        return whole + "\n"
    indent = " " * (len(first) + 1)
    lines = []
    line = first
    for part in optionals:
        if len(line) + 1 + len(part) > width and line.strip():
            lines.append(line)
            line = indent + part
        else:
            line += " " + part
    lines.append(line)
    lines.append(indent + "source")
    return "\n".join(lines) + "\n"


def _parse_error(message):
    prog = _prog()
    sys.stderr.write(_usage(prog))
    sys.stderr.write("%s: error: %s\n" % (prog, message))
    sys.exit(2)


def _option_name(opt):
    return "%s/%s" % (opt[0], opt[1]) if opt[1] else opt[0]


def _parse_args(argv):
    values = {"output": None, "python": None, "main": None, "compress": False, "info": False}
    positionals = []
    extras = []
    i = 0
    only_positionals = False
    while i < len(argv):
        arg = argv[i]
        i += 1
        if only_positionals or arg == "-" or not arg.startswith("-"):
            positionals.append(arg)
            continue
        if arg == "--":
            only_positionals = True
            continue
        if arg.startswith("--"):
            name, eq, value = arg.partition("=")
            matches = [opt for opt in _OPTIONS if opt[0] == name]
            if not matches:
                matches = [opt for opt in _OPTIONS if opt[0].startswith(name)]
            if len(matches) > 1:
                _parse_error("ambiguous option: %s could match %s"
                             % (name, ", ".join(opt[0] for opt in matches)))
            if not matches:
                extras.append(arg)
                continue
            opt = matches[0]
            if opt[2] == "help":
                sys.stdout.write(_usage(_prog()) + "\n" + _HELP_BODY)
                sys.exit(0)
            if opt[3]:
                if not eq:
                    if i >= len(argv) or (argv[i].startswith("-") and argv[i] != "-"):
                        _parse_error("argument %s: expected one argument" % _option_name(opt))
                    value = argv[i]
                    i += 1
                values[opt[2]] = value
            else:
                if eq:
                    _parse_error("argument %s: ignored explicit argument %r"
                                 % (_option_name(opt), value))
                values[opt[2]] = True
            continue
        # a cluster of short options: -c, -co out.pyz, -oout.pyz
        k = 1
        while k < len(arg):
            ch = "-" + arg[k]
            k += 1
            opt = None
            for candidate in _OPTIONS:
                if candidate[1] == ch:
                    opt = candidate
            if opt is None:
                extras.append(arg if k == 2 else "-" + arg[k - 1:])
                break
            if opt[2] == "help":
                sys.stdout.write(_usage(_prog()) + "\n" + _HELP_BODY)
                sys.exit(0)
            if opt[3]:
                value = arg[k:]
                if value.startswith("="):
                    value = value[1:]
                if not value:
                    if i >= len(argv) or (argv[i].startswith("-") and argv[i] != "-"):
                        _parse_error("argument %s: expected one argument" % _option_name(opt))
                    value = argv[i]
                    i += 1
                values[opt[2]] = value
                break
            values[opt[2]] = True
    if not positionals:
        _parse_error("the following arguments are required: source")
    extras = positionals[1:] + extras
    if extras:
        _parse_error("unrecognized arguments: %s" % " ".join(extras))
    values["source"] = positionals[0]
    return values


def _same_file(a, b):
    return os.path.realpath(a) == os.path.realpath(b)


def main(args=None):
    """Run the zipapp command line on ``args`` (sys.argv[1:] by default)."""
    if args is None:
        args = sys.argv[1:]
    opts = _parse_args(list(args))
    source = opts["source"]
    if opts["info"]:
        if not os.path.isfile(source):
            raise SystemExit("Can only get info for an archive file")
        interpreter = get_interpreter(source)
        print("Interpreter: {}".format(interpreter or "<none>"))
        sys.exit(0)
    if os.path.isfile(source):
        output = opts["output"]
        if output is None or (os.path.exists(output) and _same_file(source, output)):
            raise SystemExit("In-place editing of archives is not supported")
        if opts["main"]:
            raise SystemExit("Cannot change the main function when copying")
    create_archive(source, opts["output"], interpreter=opts["python"], main=opts["main"],
                   compressed=opts["compress"])


if __name__ == "__main__":
    main()
