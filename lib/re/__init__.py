"""Regular expressions: pyrs's pure-Python ``re`` package.

The public API of CPython 3.11's ``re``: ``compile``, ``match``, ``fullmatch``, ``search``,
``findall``, ``finditer``, ``sub``, ``subn``, ``split``, ``escape``, ``purge``, the ``Pattern``
and ``Match`` types, ``error`` and the ``RegexFlag`` flags, with the same matching rules,
results and error messages::

    >>> m = match(r'(?P<word>\\w+) (\\d+)', 'abc 42')
    >>> m.group('word'), m.group(2), m.span()
    ('abc', '42', (0, 6))
    >>> sub(r'(\\w)(\\w*)', lambda m: m[1].upper() + m[2], 'hello world')
    'Hello World'

Patterns are parsed by ``re._parser`` into a node tree and turned by ``re._compiler`` into a
backtracking matcher made of Python closures; compiled patterns are cached.  ``str`` patterns
use Unicode rules for ``\\w``, ``\\d``, ``\\s`` and case-insensitive matching, bytes patterns
ASCII rules.  Not done: the ``DEBUG`` flag compiles normally but prints nothing.
"""

import sys

from . import _parser, _compiler
from ._parser import error

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer',
           'compile', 'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I',
           'L', 'M', 'S', 'X', 'U', 'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL',
           'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']

__version__ = '2.2.1'


_FLAG_BITS = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32),
              ('MULTILINE', 8), ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))


def _enum_flags():
    @enum.global_enum
    class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
        """The flags that change how a pattern is compiled (they combine with ``|``)."""
        NOFLAG = 0
        ASCII = A = 256
        IGNORECASE = I = 2
        LOCALE = L = 4
        UNICODE = U = 32
        MULTILINE = M = 8
        DOTALL = S = 16
        VERBOSE = X = 64
        TEMPLATE = T = 1
        DEBUG = 128
        __str__ = object.__str__
    return RegexFlag


def _flag_repr(self):
    value = int(self)
    if not value:
        return 're.NOFLAG'
    parts = []
    for name, bit in _FLAG_BITS:
        if value & bit:
            parts.append('re.' + name)
            value &= ~bit
    if not parts:
        return 're.RegexFlag(%d)' % value
    if value:
        parts.append('0x%x' % value)
    return '|'.join(parts)


def _plain_flags():
    """RegexFlag as a small int subclass, for an interpreter that cannot run lib/enum.py."""

    class RegexFlag(int):
        """The flags that change how a pattern is compiled (they combine with ``|``)."""
        __slots__ = ()

        def __new__(cls, value=0):
            return int.__new__(cls, value)

        __repr__ = __str__ = _flag_repr

        @property
        def name(self):
            value = int(self)
            if not value:
                return 'NOFLAG'
            names = [name for name, bit in _FLAG_BITS if value & bit]
            return '|'.join(names) if names else None

        @property
        def value(self):
            return int(self)

        def __or__(self, other):
            if not isinstance(other, int):
                return NotImplemented
            return RegexFlag(int(self) | int(other))

        def __and__(self, other):
            if not isinstance(other, int):
                return NotImplemented
            return RegexFlag(int(self) & int(other))

        def __xor__(self, other):
            if not isinstance(other, int):
                return NotImplemented
            return RegexFlag(int(self) ^ int(other))

        __ror__ = __or__
        __rand__ = __and__
        __rxor__ = __xor__

        def __invert__(self):
            return RegexFlag(~int(self) & 511)

        def __reduce__(self):
            return RegexFlag, (int(self),)

    RegexFlag.NOFLAG = RegexFlag(0)
    for name, bit in _FLAG_BITS:
        setattr(RegexFlag, name, RegexFlag(bit))
    for short, name in (('A', 'ASCII'), ('I', 'IGNORECASE'), ('L', 'LOCALE'), ('U', 'UNICODE'),
                        ('M', 'MULTILINE'), ('S', 'DOTALL'), ('X', 'VERBOSE'), ('T', 'TEMPLATE')):
        setattr(RegexFlag, short, getattr(RegexFlag, name))
    RegexFlag.__module__ = 're'
    return RegexFlag


try:
    import enum
    RegexFlag = _enum_flags()
except Exception:       # lib/enum.py needs interpreter features that may be missing
    RegexFlag = _plain_flags()
else:
    RegexFlag.__repr__ = _flag_repr     # unknown bits in hex, as CPython shows them
    RegexFlag.__str__ = _flag_repr

NOFLAG = RegexFlag.NOFLAG
ASCII = A = RegexFlag.ASCII
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
UNICODE = U = RegexFlag.UNICODE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
VERBOSE = X = RegexFlag.VERBOSE
TEMPLATE = T = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

# names shown by Pattern.__repr__, in CPython's order
_FLAG_NAMES = (('re.TEMPLATE', 1), ('re.IGNORECASE', 2), ('re.LOCALE', 4),
               ('re.MULTILINE', 8), ('re.DOTALL', 16), ('re.UNICODE', 32),
               ('re.VERBOSE', 64), ('re.DEBUG', 128), ('re.ASCII', 256))

_MAXSIZE = sys.maxsize


def _index(value):
    if type(value) is int:
        return value
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), '__index__', None)
    if method is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(value).__name__)
    return method(value)


# ---- matching drivers ------------------------------------------------------------------------

def _deep(func, *args):
    """Calls func(*args) with a higher recursion limit: the matcher recursed too deep."""
    old = sys.getrecursionlimit()
    size = len(args[0])
    sys.setrecursionlimit(max(old, min(60 * size + 20000, 3000000)))
    try:
        return func(*args)
    finally:
        sys.setrecursionlimit(old)


_TOKEN = object()       # lets the module create Pattern and Match objects


# ---- Pattern ---------------------------------------------------------------------------------

class Pattern:
    """A compiled regular expression (made by ``re.compile``)."""

    # Pattern and Match keep their state in the instance dict (reading and writing it is
    # faster than slots here); _TOKEN keeps users from creating them.

    def __init__(self, token=None, pattern=None, parsed=None, prog=None):
        if token is not _TOKEN:
            raise TypeError("cannot create 're.Pattern' instances")
        d = self.__dict__
        d['_pattern'] = pattern
        d['_flags'] = parsed.flags
        d['_groups'] = parsed.groups
        d['_groupindex'] = parsed.groupindex
        d['_names'] = {gid: name for name, gid in parsed.groupindex.items()}
        d['_prog'] = prog
        d['_search'] = prog.search
        d['_run'] = prog.match
        d['_marks'] = prog.marks
        d['_bytes'] = parsed.isbytes
        d['_templates'] = {}

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Pattern' is not an acceptable base type")

    def __setattr__(self, name, value):
        if name in ('pattern', 'flags', 'groups', 'groupindex'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'re.Pattern' object has no attribute '%s'" % name)

    __delattr__ = __setattr__

    pattern = property(lambda self: self._pattern, doc='The pattern string.')
    flags = property(lambda self: self._flags, doc='The regex matching flags.')
    groups = property(lambda self: self._groups, doc='The number of capturing groups.')
    groupindex = property(lambda self: _mappingproxy(self._groupindex),
                          doc='A dictionary mapping group names to group numbers.')

    # -- subjects --

    def _subject(self, string, pos, endpos):
        """(text to match as str, text to slice results from, pos, endpos)."""
        if type(string) is str:
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            s = src = string
        elif isinstance(string, str):
            if self._bytes:
                raise TypeError('cannot use a bytes pattern on a string-like object')
            s = src = str.__str__(string)       # a plain str, whatever the subclass does
        else:
            try:
                raw = string if type(string) is bytes else bytes(memoryview(string))
            except TypeError:
                raise TypeError("expected string or bytes-like object, got '%s'"
                                % type(string).__name__) from None
            if not self._bytes:
                raise TypeError('cannot use a string pattern on a bytes-like object')
            s = raw.decode('latin-1')
            src = raw
        n = len(s)
        if type(pos) is not int:
            pos = _index(pos)
        if type(endpos) is not int:
            endpos = _index(endpos)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        if endpos < n:
            s = s[:endpos]
        return s, src, pos, endpos

    # -- matching --

    def _at(self, s, pos, mode):
        try:
            return self._run(s, pos, mode)
        except RecursionError:
            return _deep(self._run, s, pos, mode)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """Matches at the start of string (or at pos): a Match or None."""
        s, src, pos, endpos = self._subject(string, pos, endpos)
        end = self._at(s, pos, 0)
        if end < 0:
            return None
        return Match(_TOKEN, self, string, src, pos, end, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """Matches the whole of string (or of string[pos:endpos]): a Match or None."""
        s, src, pos, endpos = self._subject(string, pos, endpos)
        end = self._at(s, pos, 1)
        if end < 0:
            return None
        return Match(_TOKEN, self, string, src, pos, end, pos, endpos)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match anywhere in string: a Match or None."""
        s, src, pos, endpos = self._subject(string, pos, endpos)
        try:
            found = self._search(s, pos, False)
        except RecursionError:
            found = _deep(self._search, s, pos, False)
        if found is None:
            return None
        return Match(_TOKEN, self, string, src, found[0], found[1], pos, endpos)

    def _spans(self, s, pos):
        """Yields (start, end) of successive non-overlapping matches (marks stay current)."""
        search = self._search
        n = len(s)
        advance = False
        while pos <= n:
            try:
                found = search(s, pos, advance)
            except RecursionError:
                found = _deep(search, s, pos, advance)
            if found is None:
                return
            yield found
            start, pos = found
            advance = start == pos

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator of the Match objects of all non-overlapping matches."""
        s, src, pos, endpos = self._subject(string, pos, endpos)
        return self._finditer(string, s, src, pos, endpos)

    def _finditer(self, string, s, src, pos, endpos):
        for start, end in self._spans(s, pos):
            yield Match(_TOKEN, self, string, src, start, end, pos, endpos)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """A list of all non-overlapping matches: strings, or tuples of groups."""
        s, src, pos, endpos = self._subject(string, pos, endpos)
        out = []
        append = out.append
        groups = self._groups
        if groups == 0:
            for start, end in self._spans(s, pos):
                append(src[start:end])
            return out
        marks = self._marks
        empty = src[0:0]
        if groups == 1:
            for start, end in self._spans(s, pos):
                a = marks[2]
                b = marks[3]
                append(src[a:b] if a >= 0 and b >= 0 else empty)
            return out
        for start, end in self._spans(s, pos):
            item = []
            for g in range(1, groups + 1):
                a = marks[2 * g]
                b = marks[2 * g + 1]
                item.append(src[a:b] if a >= 0 and b >= 0 else empty)
            append(tuple(item))
        return out

    def split(self, string, maxsplit=0):
        """string split by the occurrences of the pattern (with the groups' texts)."""
        s, src, pos, endpos = self._subject(string, 0, _MAXSIZE)
        maxsplit = _index(maxsplit)
        if maxsplit < 0:
            return [src[:]]
        out = []
        last = 0
        count = 0
        groups = self._groups
        marks = self._marks
        for start, end in self._spans(s, 0):
            out.append(src[last:start])
            for g in range(1, groups + 1):
                a = marks[2 * g]
                b = marks[2 * g + 1]
                out.append(src[a:b] if a >= 0 and b >= 0 else None)
            last = end
            count += 1
            if count == maxsplit:
                break
        out.append(src[last:])
        return out

    def sub(self, repl, string, count=0):
        """string with matches replaced by repl (a template or a function of the Match)."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """(new string, number of replacements) as sub() makes them."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        s, src, pos, endpos = self._subject(string, 0, _MAXSIZE)
        count = _index(count)
        if callable(repl):
            func = repl
            items = None
        else:
            func = None
            items = self._template(repl)
            if len(items) == 1 and type(items[0]) is not int:
                literal = items[0]
                items = None
            else:
                literal = None
        if count < 0:
            return (src[:] if isinstance(src, str) else bytes(src)), 0
        pieces = []
        append = pieces.append
        last = 0
        n = 0
        marks = self._marks
        size = len(s)
        for start, end in self._spans(s, 0):
            if last < start:
                append(src[last:start])
            if func is not None:
                piece = func(Match(_TOKEN, self, string, src, start, end, 0, size))
                if piece is not None:
                    append(piece)
            elif items is None:
                append(literal)
            else:
                for item in items:
                    if type(item) is int:
                        if item == 0:
                            append(src[start:end])
                        else:
                            a = marks[2 * item]
                            b = marks[2 * item + 1]
                            if a >= 0 and b >= 0:
                                append(src[a:b])
                    else:
                        append(item)
            last = end
            n += 1
            if n == count:
                break
        if last < len(src):
            append(src[last:])
        joiner = b'' if self._bytes else ''
        return joiner.join(pieces), n

    def _template(self, repl):
        if not isinstance(repl, (str, bytes)) and self._bytes:
            try:
                repl = bytes(memoryview(repl))
            except TypeError:
                pass
        cache = self._templates
        key = (type(repl), repl)
        items = cache.get(key)
        if items is None:
            items = _parse_template(repl, self)
            if len(cache) < 100:
                cache[key] = items
        return items

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        """An object whose match()/search() return the successive matches."""
        return _Scanner(_TOKEN, self, string, pos, endpos)

    # -- object protocol --

    def __repr__(self):
        names = []
        flags = self._flags
        if not self._bytes and flags & (4 | 32 | 256) == 32:
            flags &= ~32
        for name, bit in _FLAG_NAMES:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        text = repr(self._pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags and self._bytes == other._bytes
                and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self._pattern, self._flags)

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


_MappingProxy = type(type.__dict__)


def _mappingproxy(d):
    try:
        return _MappingProxy(dict(d))
    except TypeError:
        return dict(d)


def _generic_alias(cls, item):
    from types import GenericAlias
    return GenericAlias(cls, item)


class _Scanner:
    """What ``Pattern.scanner`` returns: match()/search() step through the string."""

    def __init__(self, token=None, pattern=None, string=None, pos=0, endpos=0):
        if token is not _TOKEN:
            raise TypeError("cannot create '_sre.SRE_Scanner' instances")
        self.pattern = pattern
        self._string = string
        self._s, self._src, self._pos, self._endpos = pattern._subject(string, pos, endpos)
        self._start = self._pos
        self._advance = False
        self._done = False

    def _step(self, anywhere):
        if self._done or self._pos > len(self._s):
            return None
        pat = self.pattern
        pos = self._pos
        if anywhere:
            try:
                found = pat._search(self._s, pos, self._advance)
            except RecursionError:
                found = _deep(pat._search, self._s, pos, self._advance)
        else:
            end = pat._at(self._s, pos, 2 if self._advance else 0)
            found = None if end < 0 else (pos, end)
        if found is None:
            self._done = True
            return None
        start, end = found
        self._advance = start == end
        self._pos = end
        return Match(_TOKEN, pat, self._string, self._src, start, end, self._start,
                     self._endpos)

    def match(self):
        return self._step(False)

    def search(self):
        return self._step(True)


_Scanner.__name__ = 'SRE_Scanner'
_Scanner.__qualname__ = 'SRE_Scanner'
_Scanner.__module__ = '_sre'


# ---- Match -----------------------------------------------------------------------------------

class Match:
    """The result of a successful match: the spans of the groups and their texts."""

    def __init__(self, token=None, pattern=None, string=None, src=None, start=0, end=0, pos=0,
                 endpos=0):
        if token is not _TOKEN:
            raise TypeError("cannot create 're.Match' instances")
        marks = pattern._marks.copy()
        d = self.__dict__
        d['_lastindex'] = marks[0]
        marks[0] = start
        marks[1] = end
        d['_marks'] = marks
        d['_re'] = pattern
        d['_string'] = string
        d['_src'] = src
        d['_pos'] = pos
        d['_endpos'] = endpos

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type 're.Match' is not an acceptable base type")

    def __setattr__(self, name, value):
        if name in ('re', 'string', 'pos', 'endpos', 'lastindex', 'lastgroup', 'regs'):
            raise AttributeError('readonly attribute')
        raise AttributeError("'re.Match' object has no attribute '%s'" % name)

    __delattr__ = __setattr__

    re = property(lambda self: self._re,
                  doc='The regular expression object whose match() or search() made it.')
    string = property(lambda self: self._string, doc='The string passed to match() or search().')
    pos = property(lambda self: self._pos, doc='The index where the search started.')
    endpos = property(lambda self: self._endpos, doc='The index where the search ended.')

    @property
    def lastindex(self):
        """The number of the last group that closed, or None."""
        last = self._lastindex
        return None if last < 0 else last

    @property
    def lastgroup(self):
        """The name of the last group that closed, or None."""
        last = self._lastindex
        if last < 0:
            return None
        return self._re._names.get(last)

    @property
    def regs(self):
        marks = self._marks
        return tuple((marks[2 * g], marks[2 * g + 1]) for g in range(len(marks) // 2))

    def _gid(self, g):
        if type(g) is int:
            if 0 <= g <= self._re._groups:
                return g
            raise IndexError('no such group')
        if not isinstance(g, (str, bytes)) and hasattr(type(g), '__index__'):
            g = _index(g)
            if 0 <= g <= self._re._groups:
                return g
            raise IndexError('no such group')
        try:
            gid = self._re._groupindex.get(g)
        except TypeError:
            raise IndexError('no such group') from None
        if gid is None:
            raise IndexError('no such group')
        return gid

    def _text(self, gid, default):
        marks = self._marks
        a = marks[2 * gid]
        b = marks[2 * gid + 1]
        if a < 0 or b < 0:
            return default
        return self._src[a:b]

    def group(self, *args):
        """The text of one group (default 0, the whole match), or a tuple for several."""
        if not args:
            marks = self._marks
            return self._src[marks[0]:marks[1]]
        if len(args) == 1:
            return self._text(self._gid(args[0]), None)
        return tuple(self._text(self._gid(g), None) for g in args)

    def __getitem__(self, g):
        return self._text(self._gid(g), None)

    def groups(self, default=None):
        """A tuple of all the groups' texts (default for those that did not take part)."""
        return tuple(self._text(g, default) for g in range(1, self._re._groups + 1))

    def groupdict(self, default=None):
        """A dict of the named groups' texts."""
        return {name: self._text(gid, default) for name, gid in self._re._groupindex.items()}

    def start(self, group=0):
        """The start index of a group (-1 if it did not take part)."""
        return self._marks[2 * self._gid(group)]

    def end(self, group=0):
        """The end index of a group (-1 if it did not take part)."""
        return self._marks[2 * self._gid(group) + 1]

    def span(self, group=0):
        """(start, end) of a group."""
        g = self._gid(group)
        return self._marks[2 * g], self._marks[2 * g + 1]

    def expand(self, template):
        """template with its group references replaced by this match's groups."""
        items = self._re._template(template)
        out = []
        for item in items:
            if type(item) is int:
                text = self._text(item, None)
                if text is not None:
                    out.append(text)
            else:
                out.append(item)
        return (b'' if self._re._bytes else '').join(out)

    def __repr__(self):
        marks = self._marks
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            marks[0], marks[1], repr(self.group())[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return _generic_alias(cls, item)


# ---- replacement templates -------------------------------------------------------------------

_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                     'v': '\v', '\\': '\\'}


def _parse_template(repl, pattern):
    """repl as a list of literal pieces and group numbers."""
    try:
        return _template_items(repl, pattern)
    except error as e:
        text = repl if isinstance(repl, str) else bytes(memoryview(repl)).decode('latin-1')
        raise _parser._lone_backslash(text, e, repl) from None


def _find_token(text, start, ch):
    """Index of the next unescaped ch in text from start, or -1."""
    n = len(text)
    i = start
    while i < n:
        c = text[i]
        if c == ch:
            return i
        i += 2 if c == '\\' else 1
    return -1


def _template_items(repl, pattern):
    isbytes = pattern._bytes
    if isbytes:
        if isinstance(repl, str):
            raise TypeError('sequence item 0: expected a bytes-like object, str found')
        raw = bytes(memoryview(repl))
        text = raw.decode('latin-1')
    else:
        if not isinstance(repl, str):
            raise TypeError('sequence item 0: expected str instance, %s found'
                            % type(repl).__name__)
        text = repl
    groups = pattern._groups
    items = []
    lit = []
    n = len(text)
    i = 0

    def err(msg, pos):
        return error(msg, repl, pos)

    while True:
        j = text.find('\\', i)
        if j < 0:
            lit.append(text[i:])
            break
        lit.append(text[i:j])
        if j + 1 >= n:
            raise err('bad escape (end of pattern)', j)
        c = text[j + 1]
        i = j + 2
        if c == 'g':
            if i >= n or text[i] != '<':
                raise err('missing <', i)
            k = _find_token(text, i + 1, '>')
            if k < 0:
                if i + 1 >= n:
                    raise err('missing group name', i + 1)
                raise err('missing >, unterminated name', i + 1)
            name = text[i + 1:k]
            if not name:
                raise err('missing group name', i + 1)
            if name.isidentifier():
                if isbytes and not name.isascii():
                    _parser.warn('bad character in group name %a at position %d'
                                 % (name, i + 1), DeprecationWarning)
                gid = pattern._groupindex.get(name)
                if gid is None:
                    if text.endswith('\\') and k + 1 >= len(text) - 1:
                        lone = len(text) - len(text.rstrip('\\'))
                        if lone % 2:
                            raise err('bad escape (end of pattern)', n - 1)
                    raise IndexError('unknown group name %r' % name)
            else:
                try:
                    gid = int(name)
                    if gid < 0:
                        raise ValueError
                except ValueError:
                    exc = err('bad character in group name %s'
                              % (ascii(name) if isbytes else repr(name)), i + 1)
                    exc._end = k
                    raise exc from None
                if not (name.isascii() and name.isdecimal()):
                    _parser.warn('bad character in group name %r at position %d'
                                 % (name, i + 1), DeprecationWarning)
                if gid > groups:
                    exc = err('invalid group reference %d' % gid, i + 1)
                    exc._end = k
                    raise exc
            i = k + 1
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(gid)
        elif c == '0':
            k = i
            while k < n and k < i + 2 and text[k] in '01234567':
                k += 1
            lit.append(chr(int(text[j + 1:k], 8)))
            i = k
        elif c in '123456789':
            if i < n and text[i] in '0123456789':
                if (c in '01234567' and text[i] in '01234567' and i + 1 < n
                        and text[i + 1] in '01234567'):
                    value = int(text[j + 1:i + 2], 8)
                    if value > 0o377:
                        raise err('octal escape value %s outside of range 0-0o377'
                                  % text[j:i + 2], j)
                    lit.append(chr(value))
                    i += 2
                    continue
                gid = int(text[j + 1:i + 1])
                i += 1
            else:
                gid = int(c)
            if gid > groups:
                raise err('invalid group reference %d' % gid, j + 1)
            if lit:
                items.append(''.join(lit))
                lit = []
            items.append(gid)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            raise err('bad escape \\' + c, j)
        else:
            lit.append('\\' + c)
    if lit:
        items.append(''.join(lit))
    items = [x for x in items if x != '']
    if isbytes:
        items = [x if type(x) is int else x.encode('latin-1') for x in items]
    if not items:
        items = [b'' if isbytes else '']
    return items


# ---- module functions ------------------------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    flags = _index(flags)
    if flags & 1 and not _in_template:
        import warnings     # attributed to this module, as CPython 3.11 does
        warnings.warn("The re.TEMPLATE/re.T flag is deprecated as it is an undocumented flag "
                      "without an obvious purpose. Don't use it.", DeprecationWarning)
    parsed = _parser.parse(pattern, flags)
    p = Pattern(_TOKEN, pattern, parsed, _compiler.compile_pattern(parsed))
    if not flags & 128:
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def compile(pattern, flags=0):
    """Compiles a regular expression pattern into a Pattern object."""
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """A Match if the pattern matches at the start of string, else None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """A Match if the pattern matches all of string, else None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """The Match of the first place where the pattern matches in string, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """string with the (first count) matches of pattern replaced by repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """(new string, number of replacements) as sub() makes them."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """string split by the occurrences of pattern (with the texts of its groups)."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """A list of all non-overlapping matches in string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """An iterator of the Match objects of all non-overlapping matches."""
    return _compile(pattern, flags).finditer(string)


def purge():
    """Clears the cache of compiled patterns."""
    _cache.clear()


def template(pattern, flags=0):
    """Compiles a template pattern (deprecated in 3.11): same as compile with TEMPLATE."""
    global _in_template
    _parser.warn('The re.template() function is deprecated as it is an undocumented '
                 'function without an obvious purpose. Use re.compile() instead.',
                 DeprecationWarning)
    _in_template = True
    try:
        return _compile(pattern, flags | 1)
    finally:
        _in_template = False


_in_template = False


_SPECIAL = {ord(c): '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """pattern with every character that is special in a regular expression backslashed."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    text = str(pattern, 'latin1')
    return text.translate(_SPECIAL).encode('latin1')


class Scanner:
    """A simple lexer: a list of (pattern, action) pairs tried in order at each position."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        self._actions = {}
        gid = 1
        for phrase, action in lexicon:
            inner = _compile(phrase, flags)
            self._actions[gid] = action
            gid += inner.groups + 1
            parts.append('(%s)' % phrase if isinstance(phrase, str) else b'(' + phrase + b')')
        joiner = '|' if not lexicon or isinstance(lexicon[0][0], str) else b'|'
        self.scanner = _compile(joiner.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.scanner(string).match
        i = 0
        while True:
            m = match()
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self._actions[m.lastindex]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]

