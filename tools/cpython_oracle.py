"""CPython as the oracle for pyrs's parser: shared helpers for the conformance tools.

Imported by tools/ast-conformance, tools/gen-syntax-expected and benches/parse.py; it has no
command line of its own.

The "answer" for a source file is the one line that `pyrs-ast` must print for it:

* the file parses: ``ast.dump(tree)`` (or ``ast.dump(tree, include_attributes=True)``);
* CPython rejects it: ``<ExcClass>: <msg> (<lineno>:<offset>)`` built from the exception's
  class name, ``e.msg``, ``e.lineno`` and ``e.offset``.  Those can be ``None`` (CPython 3.11
  gives ``(None:None)`` for a source with a NUL byte), and ``lineno`` can be 0 with offset -1
  (bad coding cookies).

Parsing follows ``ast.parse`` semantics exactly: ``compile(source_bytes, path, "exec",
ast.PyCF_ONLY_AST, dont_inherit=True)``.  Giving CPython the raw bytes makes it honour a BOM and
a PEP 263 coding cookie as it would for a file on disk.  Errors that only the compiler proper
finds (``return`` outside a function, ``nonlocal`` at module level, duplicate argument names,
...) are NOT raised here, so pyrs-ast must accept those files too.

Warnings that the tokenizer emits (invalid escape sequences, ...) are silenced: they never turn
into errors here.
"""

import ast
import os
import sys
import sysconfig
import warnings

# The exception classes pyrs-ast may name in an error line.
ERROR_CLASSES = ("SyntaxError", "IndentationError", "TabError")

# ast.dump recurses in Python; give deeply nested (but valid) sources some room.
if sys.getrecursionlimit() < 5000:
    sys.setrecursionlimit(5000)


def repo_root():
    """The repository root (the parent of this file's folder)."""
    return os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def stdlib_dir():
    """The host CPython's Lib folder (where ``os.py`` lives)."""
    return sysconfig.get_paths()["stdlib"]


def collect_py_files(root, include_site_packages=False):
    """Every ``*.py`` below ``root``, sorted, as absolute paths.

    ``site-packages`` folders (third-party code installed into this Python) are skipped unless
    ``include_site_packages``.  ``__pycache__`` holds no ``.py`` files, so it needs no special
    case.  Symlinked folders are not followed.
    """
    found = []
    for folder, dirs, files in os.walk(root):
        if not include_site_packages:
            dirs[:] = [d for d in dirs if d not in ("site-packages", "dist-packages")]
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".py"):
                found.append(os.path.join(folder, name))
    return found


def error_line(exc):
    """The one-line form of a parse failure: ``SyntaxError: msg (lineno:offset)``."""
    if isinstance(exc, SyntaxError):
        return "%s: %s (%s:%s)" % (type(exc).__name__, exc.msg, exc.lineno, exc.offset)
    # ValueError, MemoryError (parser stack overflow), RecursionError (too deep for the AST
    # builder) ... never expected from well-formed tests, but keep them one-line too.
    text = str(exc).replace("\n", "\\n")
    return "%s: %s (None:None)" % (type(exc).__name__, text)


def is_error_line(line):
    """True when a pyrs-ast / oracle line reports a rejected file rather than a module dump."""
    return not line.startswith("Module(")


def parse(data, path="<unknown>"):
    """Parses source bytes like ``ast.parse``; returns the module or raises."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return compile(data, path, "exec", ast.PyCF_ONLY_AST, dont_inherit=True)


def answers(data, path="<unknown>", modes=(False,)):
    """CPython's lines for one source, one per entry of ``modes`` (``include_attributes``).

    The source is parsed once and dumped in each requested form; a rejected source gives the
    same error line for every mode.
    """
    try:
        tree = parse(data, path)
    except (SyntaxError, ValueError, MemoryError, RecursionError) as exc:
        line = error_line(exc)
        return [line for _ in modes]
    out = []
    for attributes in modes:
        try:
            out.append(ast.dump(tree, include_attributes=attributes))
        except RecursionError as exc:
            out.append(error_line(exc))
    return out


def answer(data, path="<unknown>", attributes=False):
    """CPython's line for one source (see the module docstring)."""
    return answers(data, path, (attributes,))[0]


def first_difference(a, b):
    """Index of the first character where ``a`` and ``b`` differ (``None`` when equal)."""
    if a == b:
        return None
    # Binary search on prefix equality: fast even for multi-megabyte dumps.
    lo, hi = 0, min(len(a), len(b))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    return lo


def excerpt(text, index, width=80):
    """About ``width`` characters of ``text`` around ``index``, with ... marking cuts."""
    start = max(0, index - width // 4)
    end = start + width
    piece = text[start:end]
    return ("..." if start > 0 else "") + piece + ("..." if end < len(text) else "")


def shorten(text, width=160):
    """``text`` cut to ``width`` characters with a marker saying how much was dropped."""
    if len(text) <= width:
        return text
    return text[:width] + "... (%d chars)" % len(text)
