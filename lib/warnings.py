"""The warnings module: issuing, filtering and showing warnings, as CPython 3.11 does.

``filters`` holds ``(action, message, category, module, lineno)`` tuples, first match wins;
``message``/``module`` are None, a compiled pattern (matched at the start of the text), or
(for the built-in ``__main__`` filter) a plain string compared whole.  Which warnings were
already shown is kept per module in ``__warningregistry__`` (a dict whose ``'version'`` entry
ties it to the current filters) and, for ``once`` without a registry, in ``onceregistry``.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# --- Patterns --------------------------------------------------------------------------------
# Filters match with regular expressions.  The ``re`` module is used when the interpreter has
# one; otherwise a small backtracking matcher below understands the usual subset (literals,
# escapes, ``.``, classes, groups, ``|``, ``* + ? {m,n}`` greedy or lazy, ``^ $ \A \Z \b``).

class _PatternError(Exception):
    pass


_ESCAPED = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


def _escape(text):
    """``re.escape``: a backslash before each character that is special in a pattern."""
    return "".join("\\" + c if c in _ESCAPED else c for c in text)


def _compile(pattern, ignorecase):
    try:
        import re
    except ImportError:
        return _MiniPattern(pattern, 2 if ignorecase else 0)
    return re.compile(pattern, re.I if ignorecase else 0)


def _is_word(c):
    return c.isalnum() or c == "_"


_CLASS_TESTS = {
    "d": str.isdigit, "w": _is_word, "s": str.isspace,
    "D": lambda c: not c.isdigit(), "W": lambda c: not _is_word(c),
    "S": lambda c: not c.isspace(),
}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "0": "\0"}


class _Parser:
    """Turns a pattern into a matcher function ``f(s, pos, k) -> end or -1``, where ``k`` is
    the continuation that matches the rest of the pattern from a position."""

    def __init__(self, pattern, icase):
        self.p = pattern
        self.i = 0
        self.icase = icase

    def error(self, what):
        raise _PatternError("%s at position %d" % (what, self.i))

    def peek(self):
        return self.p[self.i] if self.i < len(self.p) else ""

    def parse(self):
        f = self.alternation()
        if self.i < len(self.p):
            self.error("unbalanced parenthesis")
        return f

    def alternation(self):
        branches = [self.sequence()]
        while self.peek() == "|":
            self.i += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]

        def alt(s, pos, k):
            for b in branches:
                r = b(s, pos, k)
                if r >= 0:
                    return r
            return -1
        return alt

    def sequence(self):
        items = []
        while self.i < len(self.p) and self.peek() not in "|)":
            atom = self.atom()
            items.append(self.quantified(atom))
        return _chain(items)

    def atom(self):
        """One item: ("char", test) for a single character, or ("any", matcher)."""
        c = self.p[self.i]
        self.i += 1
        if c == "(":
            if self.p.startswith("?:", self.i):
                self.i += 2
            elif self.p.startswith("?P<", self.i):
                end = self.p.find(">", self.i)
                if end < 0:
                    self.error("missing >, unterminated name")
                self.i = end + 1
            elif self.peek() == "?":
                self.error("unsupported group syntax")
            inner = self.alternation()
            if self.peek() != ")":
                self.error("missing ), unterminated subpattern")
            self.i += 1
            return ("any", inner)
        if c == "[":
            return ("char", self.char_class())
        if c == ".":
            return ("char", lambda ch: ch != "\n")
        if c == "^":
            return ("any", lambda s, pos, k: k(pos) if pos == 0 else -1)
        if c == "$":
            return ("any", lambda s, pos, k: k(pos) if pos == len(s) or (
                pos == len(s) - 1 and s[pos] == "\n") else -1)
        if c in "*+?":
            self.i -= 1
            self.error("nothing to repeat")
        if c == ")":
            self.error("unbalanced parenthesis")
        if c == "\\":
            return self.escape()
        return ("char", self.literal(c))

    def literal(self, c):
        if self.icase and c.lower() != c.upper():
            low = c.lower()
            return lambda ch: ch.lower() == low
        return lambda ch: ch == c

    def escape(self):
        if self.i >= len(self.p):
            self.error("bad escape (end of pattern)")
        c = self.p[self.i]
        self.i += 1
        if c in _CLASS_TESTS:
            return ("char", _CLASS_TESTS[c])
        if c == "Z":
            return ("any", lambda s, pos, k: k(pos) if pos == len(s) else -1)
        if c == "A":
            return ("any", lambda s, pos, k: k(pos) if pos == 0 else -1)
        if c in "bB":
            want = c == "b"

            def boundary(s, pos, k):
                before = pos > 0 and _is_word(s[pos - 1])
                after = pos < len(s) and _is_word(s[pos])
                return k(pos) if (before != after) == want else -1
            return ("any", boundary)
        if c in _CHAR_ESCAPES:
            return ("char", self.literal(_CHAR_ESCAPES[c]))
        if c.isalnum():
            self.i -= 2
            self.error("bad escape \\" + c)
        return ("char", self.literal(c))

    def char_class(self):
        negate = self.peek() == "^"
        if negate:
            self.i += 1
        tests = []
        first = True
        while True:
            if self.i >= len(self.p):
                self.error("unterminated character set")
            c = self.p[self.i]
            self.i += 1
            if c == "]" and not first:
                break
            first = False
            if c == "\\":
                if self.i >= len(self.p):
                    self.error("bad escape (end of pattern)")
                c = self.p[self.i]
                self.i += 1
                if c in _CLASS_TESTS:
                    tests.append(_CLASS_TESTS[c])
                    continue
                c = _CHAR_ESCAPES.get(c, c)
            if self.peek() == "-" and self.i + 1 < len(self.p) and self.p[self.i + 1] != "]":
                hi = self.p[self.i + 1]
                self.i += 2
                if hi == "\\":
                    hi = self.p[self.i]
                    self.i += 1
                    hi = _CHAR_ESCAPES.get(hi, hi)
                if hi < c:
                    self.error("bad character range")
                lo = c
                if self.icase:
                    tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi or
                                 lo <= ch.lower() <= hi or lo <= ch.upper() <= hi)
                else:
                    tests.append(lambda ch, lo=lo, hi=hi: lo <= ch <= hi)
            else:
                tests.append(self.literal(c))

        def test(ch):
            for t in tests:
                if t(ch):
                    return not negate
            return negate
        return test

    def quantified(self, atom):
        c = self.peek()
        lo, hi = None, None
        if c == "*":
            lo, hi = 0, None
        elif c == "+":
            lo, hi = 1, None
        elif c == "?":
            lo, hi = 0, 1
        elif c == "{":
            end = self.p.find("}", self.i)
            body = self.p[self.i + 1:end] if end > 0 else ""
            a, comma, b = body.partition(",")
            if end > 0 and (a.isdigit() or (comma and not a)) and (not b or b.isdigit()) \
                    and (a or b or comma):
                lo = int(a) if a else 0
                hi = (int(b) if b else None) if comma else lo
                self.i = end
            else:
                return _single(atom)
        else:
            return _single(atom)
        self.i += 1
        lazy = self.peek() == "?"
        if lazy:
            self.i += 1
        if self.peek() in ("*", "+") or (self.peek() == "?" and not lazy):
            self.error("multiple repeat")
        kind, f = atom
        if kind == "char":
            return _repeat_char(f, lo, hi, lazy)
        return _repeat(f, lo, hi, lazy)


def _single(atom):
    kind, f = atom
    if kind == "char":
        def one(s, pos, k):
            if pos < len(s) and f(s[pos]):
                return k(pos + 1)
            return -1
        return one
    return f


def _chain(items):
    if not items:
        return lambda s, pos, k: k(pos)
    first = items[0]
    if len(items) == 1:
        return first
    rest = _chain(items[1:])
    return lambda s, pos, k: first(s, pos, lambda q: rest(s, q, k))


def _repeat_char(test, lo, hi, lazy):
    """A repeated single character: counted in a loop, then backed off (no deep recursion)."""
    def rep(s, pos, k):
        n = 0
        limit = len(s) - pos if hi is None else min(hi, len(s) - pos)
        if lazy:
            while n < lo:
                if n >= limit or not test(s[pos + n]):
                    return -1
                n += 1
            while True:
                r = k(pos + n)
                if r >= 0:
                    return r
                if n >= limit or not test(s[pos + n]):
                    return -1
                n += 1
        while n < limit and test(s[pos + n]):
            n += 1
        while n >= lo:
            r = k(pos + n)
            if r >= 0:
                return r
            n -= 1
        return -1
    return rep


def _repeat(f, lo, hi, lazy):
    def rep(s, pos, k, n=0):
        def more(q):
            if q == pos and n >= lo:
                return -1  # an empty iteration would loop forever
            return rep(s, q, k, n + 1)
        if lazy and n >= lo:
            r = k(pos)
            if r >= 0:
                return r
        if hi is None or n < hi:
            r = f(s, pos, more)
            if r >= 0:
                return r
        if not lazy and n >= lo:
            return k(pos)
        return -1
    return rep


class _Match:
    def __init__(self, string, start, end):
        self.string = string
        self._span = (start, end)

    def group(self, n=0):
        if n != 0:
            raise IndexError("no such group")
        return self.string[self._span[0]:self._span[1]]

    def start(self):
        return self._span[0]

    def end(self):
        return self._span[1]

    def span(self):
        return self._span

    def __repr__(self):
        return "<re.Match object; span=%r, match=%r>" % (self._span, self.group())


class _MiniPattern:
    """What ``re.compile`` returns, for the subset of patterns warning filters use."""

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags | 32
        self._f = _Parser(pattern, bool(flags & 2)).parse()

    def match(self, string, pos=0):
        if not isinstance(string, str):
            raise TypeError("expected string or bytes-like object, got '%s'"
                            % type(string).__name__)
        end = self._f(string, pos, lambda q: q)
        return _Match(string, pos, end) if end >= 0 else None

    def __eq__(self, other):
        if not isinstance(other, _MiniPattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        if self.flags & 2:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)


# --- Showing warnings ------------------------------------------------------------------------

class WarningMessage(object):
    """One warning, as passed to ``showwarning`` and recorded by ``catch_warnings``."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, category, msg.message)
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    if msg.source is not None:
        try:
            import tracemalloc
        except Exception:
            tracing = False
            tb = None
        else:
            tracing = tracemalloc.is_tracing()
            try:
                tb = tracemalloc.get_object_traceback(msg.source)
            except Exception:
                tb = None
        if tb is not None:
            text += "Object allocated at (most recent call last):\n"
            for frame in tb:
                text += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
                try:
                    import linecache
                    line = linecache.getline(frame.filename, frame.lineno)
                except Exception:
                    line = None
                if line:
                    text += "    %s\n" % line.strip()
        elif not tracing:
            text += ("%s: Enable tracemalloc to get the object allocation traceback\n"
                     % category)
    return text


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return  # no sys.stderr: warnings are lost
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def formatwarning(message, category, filename, lineno, line=None):
    """The text ``showwarning`` writes: ``file:line: Category: message`` and the source line."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno, None, line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Writes a warning to ``file`` (default ``sys.stderr``); may be replaced by the user."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    fmt = formatwarning
    if fmt is not _formatwarning_orig:
        return fmt(msg.message, msg.category, msg.filename, msg.lineno, line=msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    show = showwarning
    if show is not _showwarning_orig:
        if not callable(show):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        show(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


# --- Filters ---------------------------------------------------------------------------------

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Adds a filter: ``message`` (matched case-insensitively) and ``module`` are regular
    expressions matched at the start of the warning's text and module name."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, _compile(message, True) if message else None, category,
                _compile(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Adds a filter matching every message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Removes every filter (the default action then applies to all warnings)."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# --- -W options ------------------------------------------------------------------------------

class _OptionError(Exception):
    """A -W option that cannot be understood."""


def _processoptions(args):
    """Installs the filters of ``-W`` option strings (``sys.warnoptions``); a bad one is
    reported on stderr and skipped."""
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


def _setoption(arg):
    parts = arg.split(":")
    if len(parts) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [p.strip() for p in parts]
    action = _getaction(action)
    category = _getcategory(category)
    if message:
        message = _escape(message)
    if module:
        module = _escape(module) + "\\Z"
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _getaction(action):
    if not action:
        return "default"
    if action == "all":
        return "always"
    for known in _ACTIONS:
        if known.startswith(action):
            return known
    raise _OptionError("invalid action: %r" % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if "." not in category:
        import builtins
        try:
            cat = getattr(builtins, category)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    else:
        modname, _, klass = category.rpartition(".")
        try:
            m = __import__(modname, None, None, [klass])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
        try:
            cat = getattr(m, klass)
        except AttributeError:
            raise _OptionError("unknown warning category: %r" % (category,)) from None
    if not (isinstance(cat, type) and issubclass(cat, Warning)):
        raise _OptionError("invalid warning category: %r" % (category,))
    return cat


# --- Issuing warnings ------------------------------------------------------------------------

def _is_internal_frame(frame):
    name = frame.f_code.co_filename
    return "importlib" in name and "_bootstrap" in name


def warn(message, category=None, stacklevel=1, source=None):
    """Issues a warning: ``message`` (a string or a Warning instance) attributed to the code
    ``stacklevel`` frames up from the caller, then filtered and maybe shown."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(1)
    except ValueError:
        frame = None
    if frame is not None and stacklevel > 1:
        skip_internal = not _is_internal_frame(frame)
        for _ in range(stacklevel - 1):
            frame = frame.f_back
            if skip_internal:
                while frame is not None and _is_internal_frame(frame):
                    frame = frame.f_back
            if frame is None:
                break
    if frame is None:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    module = globals.get("__name__", "<string>")
    if module is not None and not isinstance(module, str):
        module = "<string>"
    registry = globals.get("__warningregistry__")
    if registry is None:
        registry = globals["__warningregistry__"] = {}
    warn_explicit(message, category, filename, lineno, module, registry, None, source)


def _already_warned(registry, key, mark):
    """Whether ``registry`` says ``key`` was shown (entries of older filters are dropped
    first); with ``mark``, records it."""
    version = registry.get("version")
    if version is None or type(version) is not int or version != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    elif registry.get(key):
        return True
    if mark:
        registry[key] = True
    return False


def _matches(pattern, text):
    if pattern is None:
        return True
    if type(pattern) is str:
        return pattern == text
    return bool(pattern.match(text))


_NO_MODULE = object()


def warn_explicit(message, category, filename, lineno, module=_NO_MODULE, registry=None,
                  module_globals=None, source=None):
    """Issues a warning whose location is given: the core of ``warn``.  Without ``module``
    the module name is the file name less ``.py``; an explicit None module warns nothing."""
    if not isinstance(lineno, int):
        index = getattr(type(lineno), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(lineno).__name__)
        lineno = index(lineno)
    lineno = int(lineno)
    if module_globals is not None:
        # CPython fetches the line from the module's loader first, but shows the warning
        # without it (linecache then reads the file): only the errors of that step matter.
        _source_line(module_globals, lineno)
    if module is _NO_MODULE:
        module = filename or "<unknown>"
        if module.endswith(".py"):
            module = module[:-3]
    elif module is None:
        return
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    current = filters
    if not isinstance(current, list):
        raise ValueError("_warnings.filters must be a list")
    for i, item in enumerate(current):
        if not isinstance(item, tuple) or len(item) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % i)
        action, msg, cat, mod, ln = item
        if not isinstance(action, str):
            raise TypeError("action must be a string, not '%s'" % type(action).__name__)
        if (_matches(msg, text) and issubclass(category, cat) and _matches(mod, module)
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        item = None
        if not isinstance(action, str):
            raise TypeError("_warnings.defaultaction must be a string, not '%s'"
                            % type(action).__name__)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "once":
            if registry is None:
                registry = onceregistry
            if _already_warned(registry, (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, item))
    show = _showwarnmsg
    if not callable(show):
        raise TypeError("warnings._showwarnmsg() must be set to a callable")
    show(WarningMessage(message, category, filename, lineno, None, None, source))


def _source_line(module_globals, lineno):
    """The source line from the module's loader (``get_source``), or None."""
    if not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'"
                        % type(module_globals).__name__)
    loader = module_globals.get("__loader__")
    name = module_globals.get("__name__")
    get_source = getattr(loader, "get_source", None)
    if get_source is None or name is None:
        return None
    source = get_source(name)
    if source is None:
        return None
    lines = source.splitlines()
    if not 1 <= lineno <= len(lines):
        raise IndexError("list index out of range")
    return lines[lineno - 1]


class catch_warnings(object):
    """A context manager that saves the filters and ``showwarning`` on entry and restores
    them on exit; with ``record=True`` the warnings are collected in the list it returns."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        mod = self._module
        self._filters = mod.filters
        mod.filters = self._filters[:]
        mod._filters_mutated()
        self._showwarning = mod.showwarning
        self._showwarnmsg_impl = mod._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            mod._showwarnmsg_impl = log.append
            mod.showwarning = mod._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        mod = self._module
        mod.filters = self._filters
        mod._filters_mutated()
        mod.showwarning = self._showwarning
        mod._showwarnmsg_impl = self._showwarnmsg_impl


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """Warns that ``name`` goes away in version ``remove`` (a (major, minor) tuple); an error
    once that version is reached."""
    remove_formatted = "%d.%d" % (remove[0], remove[1])
    if _version[:2] > remove or (_version[:2] == remove and _version[3] != "alpha"):
        raise RuntimeError("%r was slated for removal after Python %s alpha"
                           % (name, remove_formatted))
    warn(message.format(name=name, remove=remove_formatted), DeprecationWarning, stacklevel=3)


def _warn_unawaited_coroutine(coro):
    text = "coroutine '%s' was never awaited" % (coro.__qualname__,)
    warn(text, category=RuntimeWarning, stacklevel=2, source=coro)


# --- Initial state ---------------------------------------------------------------------------

_filters_version = 0
defaultaction = "default"
onceregistry = {}
# What CPython 3.11 installs in a release build: DeprecationWarning shown only for code run
# as __main__; PendingDeprecationWarning, ImportWarning and ResourceWarning hidden.
filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
# -W options and PYTHONWARNINGS (the interpreter also puts -X dev and -b/-bb here).
_processoptions(getattr(sys, "warnoptions", ()))
