"""Regular expression parser for pyrs's ``re``: pattern text -> a tree of node tuples.

The parser is a hand-written recursive descent over the pattern's characters (a bytes pattern
is decoded as Latin-1 first, so both kinds share the code).  It resolves the flags that apply
to each node while parsing (inline ``(?i)``, scoped ``(?i:...)``), so the compiler never needs
to look at flags again, and it reports malformed patterns with CPython 3.11's messages and
positions.

Nodes are tuples whose first item names the kind:

    (LIT, ch, fold)            one character; fold is 0 (exact), 1 (Unicode case) or 2 (ASCII case)
    (ANY, dotall)              '.'
    (IN, items, negate, fold, ascii)
                               a character class; items are (CH, c), (RANGE, lo, hi), (CAT, code)
    (AT, kind)                 a zero-width anchor: 'bol', 'bolm', 'eol', 'eolm', 'A', 'Z',
                               'b', 'B', 'ab', 'aB' (the 'a' forms use ASCII word characters)
    (GROUP, gid, body)         gid is None for a non-capturing group
    (ALT, [body, ...])
    (REPEAT, lo, hi, mode, body)
                               mode is 'greedy', 'lazy' or 'possessive'; hi None = unbounded
    (REF, gid, fold)           backreference
    (LOOK, behind, negative, body)
    (ATOMIC, body)
    (COND, gid, yes, no)

A body is a list of nodes matched one after the other.
"""

LIT, ANY, IN, AT, GROUP, ALT, REPEAT, REF, LOOK, ATOMIC, COND = (
    'lit', 'any', 'in', 'at', 'group', 'alt', 'repeat', 'ref', 'look', 'atomic', 'cond')
CH, RANGE, CAT = 'ch', 'range', 'cat'

# Flag bits (the values of CPython's re flags).
F_TEMPLATE = 1
F_IGNORECASE = 2
F_LOCALE = 4
F_MULTILINE = 8
F_DOTALL = 16
F_UNICODE = 32
F_VERBOSE = 64
F_DEBUG = 128
F_ASCII = 256
TYPE_FLAGS = F_ASCII | F_LOCALE | F_UNICODE

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823

_INLINE_FLAGS = {'a': F_ASCII, 'i': F_IGNORECASE, 'L': F_LOCALE, 'm': F_MULTILINE,
                 's': F_DOTALL, 'u': F_UNICODE, 'x': F_VERBOSE}
_SPACE = ' \t\n\r\v\f'
_DIGITS = '0123456789'
_OCTAL = '01234567'
_HEX = '0123456789abcdefABCDEF'
_ASCII_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_SIMPLE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
                   'v': '\v', '\\': '\\'}
_SET_OPS = {'-': 'difference', '&': 'intersection', '~': 'symmetric difference',
            '|': 'union'}
_AT_ESCAPES = {'A': 'A', 'Z': 'Z', 'b': 'b', 'B': 'B'}


class error(Exception):
    """Raised for a malformed regular expression (or replacement template).

    ``msg`` is the bare message, ``pattern`` the pattern, ``pos`` the index in it where the
    problem was found, and ``lineno``/``colno`` the same place as line and column (1-based).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            text = '%s at position %d' % (msg, pos)
            nl = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(nl, 0, pos) + 1
            self.colno = pos - pattern.rfind(nl, 0, pos)
            if nl in pattern:
                text = '%s (line %d, column %d)' % (text, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        Exception.__init__(self, text if pattern is not None and pos is not None else msg)


error.__module__ = 're'


class Parsed:
    """The result of parsing: the tree plus what the Pattern object reports."""

    __slots__ = ('body', 'flags', 'groups', 'groupindex', 'isbytes')

    def __init__(self, body, flags, groups, groupindex, isbytes):
        self.body = body
        self.flags = flags
        self.groups = groups
        self.groupindex = groupindex
        self.isbytes = isbytes


_PACKAGE = __name__.rpartition('.')[0] + '.'


def warn(message, category):
    """Issues a warning attributed to the first caller outside the re package."""
    import sys
    import warnings
    level = 1
    try:
        frame = sys._getframe(0)
        while frame is not None and (
                (frame.f_globals.get('__name__') or '') + '.').startswith(_PACKAGE):
            frame = frame.f_back
            level += 1
    except (AttributeError, ValueError):
        level = 2
    warnings.warn(message, category, stacklevel=max(level, 1))


def _fold_kind(flags, isbytes):
    """How literals compare under ``flags``: 0 exactly, 1 by Unicode case, 2 by ASCII case."""
    if not flags & F_IGNORECASE:
        return 0
    if isbytes or flags & (F_ASCII | F_LOCALE):
        return 2
    return 1


def _is_ascii(flags, isbytes):
    return bool(isbytes or flags & (F_ASCII | F_LOCALE))


class _Parser:
    def __init__(self, pattern, text, isbytes, flags):
        self.pattern = pattern      # the caller's object, for error reports
        self.s = text               # the pattern as str
        self.n = len(text)
        self.isbytes = isbytes
        self.flags = flags          # global flags (grows with leading inline flags)
        self.ngroups = 0
        self.names = {}
        self.open = set()
        self.behind_first = None    # first group number inside the current look-behind
        self.cond_refs = []         # (gid, pos) of conditional references, checked at the end

    def error(self, msg, pos):
        return error(msg, self.pattern, pos)

    # ---- top level -------------------------------------------------------------------------

    def parse(self):
        body = self.alternation(self.flags, 0)
        if self.i_ < self.n:
            # only a ')' can stop the top-level alternation early
            raise self.error('unbalanced parenthesis', self.i_)
        for gid, pos in self.cond_refs:
            if gid > self.ngroups:
                raise self.error('invalid group reference %d' % gid, pos)
        return body

    def alternation(self, flags, depth):
        """Branches separated by '|' up to ')' or the end; returns a body."""
        branches = []
        while True:
            if not depth:
                flags = self.flags      # leading inline flags apply to every branch
            branches.append(self.sequence(flags, depth, not branches))
            if self.i_ < self.n and self.s[self.i_] == '|':
                self.i_ += 1
                continue
            break
        if len(branches) == 1:
            return branches[0]
        return [(ALT, branches)]

    # ---- sequences -----------------------------------------------------------------------

    def skip_verbose(self):
        s, n, i = self.s, self.n, self.i_
        while i < n:
            c = s[i]
            if c in _SPACE:
                i += 1
            elif c == '#':
                j = self.find_token(i, '\n')
                i = n if j < 0 else j + 1
            else:
                break
        self.i_ = i

    def sequence(self, flags, depth, first_branch):
        items = []
        s, n = self.s, self.n
        while True:
            if flags & F_VERBOSE:
                self.skip_verbose()
            i = self.i_
            if i >= n:
                break
            c = s[i]
            if c == '|' or c == ')':
                break
            if c in '*+?{':
                if c == '{':
                    q = self.read_braces(i)
                    if q is None:
                        self.i_ = i + 1
                        items.append((LIT, '{', _fold_kind(flags, self.isbytes)))
                        continue
                    lo, hi, end = q
                else:
                    lo, hi, end = {'*': (0, None), '+': (1, None), '?': (0, 1)}[c] + (i + 1,)
                if not items or items[-1][0] == AT:
                    raise self.error('nothing to repeat', i)
                if items[-1][0] == REPEAT:
                    raise self.error('multiple repeat', i)
                mode = 'greedy'
                if end < n and s[end] == '?':
                    mode = 'lazy'
                    end += 1
                elif end < n and s[end] == '+':
                    mode = 'possessive'
                    end += 1
                self.i_ = end
                last = items.pop()
                items.append((REPEAT, lo, hi, mode, [last]))
                continue
            self.i_ = i + 1
            if c == '(':
                node = self.group(i, flags, depth, first_branch and not items)
                if node is None:
                    continue
                if type(node) is int:       # global flags changed
                    flags = node
                    continue
                items.append(node)
            elif c == '[':
                items.append(self.char_class(i, flags))
            elif c == '.':
                items.append((ANY, bool(flags & F_DOTALL)))
            elif c == '^':
                items.append((AT, 'bolm' if flags & F_MULTILINE else 'bol'))
            elif c == '$':
                items.append((AT, 'eolm' if flags & F_MULTILINE else 'eol'))
            elif c == '\\':
                items.append(self.escape(i, flags))
            else:
                items.append((LIT, c, _fold_kind(flags, self.isbytes)))
        return items

    def read_braces(self, i):
        """Parses '{m,n}' at i: (lo, hi, end) or None when it is a literal '{'."""
        s, n = self.s, self.n
        j = i + 1
        k = j
        while k < n and s[k] in _DIGITS:
            k += 1
        lo_text = s[j:k]
        if k < n and s[k] == ',':
            m = k + 1
            while m < n and s[m] in _DIGITS:
                m += 1
            hi_text = s[k + 1:m]
            k = m
        else:
            if not lo_text:
                return None
            hi_text = lo_text
        if k >= n or s[k] != '}':
            return None
        lo = int(lo_text) if lo_text else 0
        hi = int(hi_text) if hi_text else None
        if lo >= MAXREPEAT or (hi is not None and hi >= MAXREPEAT):
            raise OverflowError('the repetition number is too large')
        if hi is not None and hi < lo:
            raise self.error('min repeat greater than max repeat', j)
        return lo, hi, k + 1

    # ---- groups --------------------------------------------------------------------------

    def close_paren(self, start, what='missing ), unterminated subpattern'):
        if self.i_ >= self.n or self.s[self.i_] != ')':
            raise self.error(what, start)
        self.i_ += 1

    def find_token(self, start, ch):
        """Index of the next unescaped ch from start (a backslash escapes the next character),
        or -1; a lone backslash at the very end is an error, as CPython's tokenizer finds."""
        s, n = self.s, self.n
        i = start
        while i < n:
            c = s[i]
            if c == ch:
                return i
            if c == '\\':
                if i + 1 >= n:
                    raise self.error('bad escape (end of pattern)', i)
                i += 2
            else:
                i += 1
        return -1

    def token(self, i):
        """The pattern's token at i: one character, or a backslash and the next."""
        if self.s[i] == '\\':
            return self.s[i:i + 2]
        return self.s[i]

    def read_name(self, start, end_char, end_msg):
        """A group name ending with end_char; returns (name, position of the name)."""
        s = self.s
        j = self.find_token(start, end_char)
        if j < 0:
            if start >= self.n:
                raise self.error('missing group name', start)
            raise self.error(end_msg, start)
        name = s[start:j]
        if not name:
            raise self.error('missing group name', start)
        self.i_ = j + 1
        return name

    def quote(self, name):
        """A group name as error messages show it (escaped for bytes patterns)."""
        return ascii(name) if self.isbytes else repr(name)

    def check_name(self, name, pos):
        if not name.isidentifier():
            raise self.name_error('bad character in group name %s' % self.quote(name), pos, name)
        if self.isbytes and not name.isascii():
            warn('bad character in group name %a at position %d' % (name, pos),
                 DeprecationWarning)

    def late_error(self, msg, pos, end):
        """An error at pos found only after reading the pattern up to index end (which
        decides whether a lone backslash at the very end is reported instead)."""
        exc = self.error(msg, pos)
        exc._end = end
        return exc

    def name_error(self, msg, pos, name):
        return self.late_error(msg, pos, pos + len(name))

    def check_ref(self, gid, pos, err_pos):
        if gid in self.open:
            raise self.error('cannot refer to an open group', pos)
        self.check_behind(gid, err_pos)

    def check_behind(self, gid, pos):
        if self.behind_first is not None and gid >= self.behind_first:
            raise self.error('cannot refer to group defined in the same lookbehind subpattern',
                             pos)

    def group(self, start, flags, depth, may_set_global):
        """Parses after '(' at start; returns a node, None (comment) or new global flags."""
        s, n = self.s, self.n
        i = self.i_
        if i < n and s[i] == '?':
            i += 1
            if i >= n:
                raise self.error('unexpected end of pattern', i)
            c = s[i]
            self.i_ = i + 1
            if c == ':':
                body = self.alternation(flags, depth + 1)
                self.close_paren(start)
                return (GROUP, None, body)
            if c == 'P':
                if i + 1 >= n:
                    raise self.error('unexpected end of pattern', i + 1)
                c2 = s[i + 1]
                if c2 == '<':
                    npos = i + 2
                    name = self.read_name(npos, '>', 'missing >, unterminated name')
                    self.check_name(name, npos)
                    return self.capture(start, flags, depth, name, npos)
                if c2 == '=':
                    npos = i + 2
                    name = self.read_name(npos, ')', 'missing ), unterminated name')
                    self.check_name(name, npos)
                    gid = self.names.get(name)
                    if gid is None:
                        raise self.name_error('unknown group name %s' % self.quote(name),
                                              npos, name)
                    self.check_ref(gid, npos, self.i_)
                    return (REF, gid, _fold_kind(flags, self.isbytes))
                raise self.error('unknown extension ?P' + self.token(i + 1), i - 1)
            if c == '#':
                j = self.find_token(i + 1, ')')
                if j < 0:
                    raise self.error('missing ), unterminated comment', start)
                self.i_ = j + 1
                return None
            if c == '=' or c == '!':
                body = self.alternation(flags, depth + 1)
                self.close_paren(start)
                return (LOOK, False, c == '!', body)
            if c == '<':
                if i + 1 >= n:
                    raise self.error('unexpected end of pattern', i + 1)
                c2 = s[i + 1]
                if c2 != '=' and c2 != '!':
                    raise self.error('unknown extension ?<' + self.token(i + 1), i - 1)
                self.i_ = i + 2
                saved = self.behind_first
                if saved is None:
                    self.behind_first = self.ngroups + 1
                body = self.alternation(flags, depth + 1)
                self.behind_first = saved
                self.close_paren(start)
                return (LOOK, True, c2 == '!', body)
            if c == '>':
                body = self.alternation(flags, depth + 1)
                self.close_paren(start)
                return (ATOMIC, body)
            if c == '(':
                return self.conditional(start, flags, depth, i + 1)
            if c in _INLINE_FLAGS or c == '-':
                return self.inline_flags(start, flags, depth, may_set_global, i)
            raise self.error('unknown extension ?' + self.token(i), i - 1)
        return self.capture(start, flags, depth, None, None)

    def capture(self, start, flags, depth, name, npos):
        self.ngroups += 1
        gid = self.ngroups
        if gid >= MAXGROUPS:
            raise self.error('too many groups', start)
        if name is not None:
            old = self.names.get(name)
            if old is not None:
                raise self.error('redefinition of group name %s as group %d; was group %d'
                                 % (self.quote(name), gid, old), npos)
            self.names[name] = gid
        self.open.add(gid)
        body = self.alternation(flags, depth + 1)
        self.close_paren(start)
        self.open.discard(gid)
        return (GROUP, gid, body)

    def conditional(self, start, flags, depth, npos):
        name = self.read_name(npos, ')', 'missing ), unterminated name')
        if name.isidentifier():
            if self.isbytes and not name.isascii():
                warn('bad character in group name %a at position %d' % (name, npos),
                     DeprecationWarning)
            gid = self.names.get(name)
            if gid is None:
                raise self.name_error('unknown group name %s' % self.quote(name), npos, name)
        else:
            try:
                gid = int(name)
                if gid < 0:
                    raise ValueError
            except ValueError:
                raise self.name_error('bad character in group name %s' % self.quote(name), npos,
                                      name) from None
            if not (name.isascii() and name.isdecimal()):
                warn('bad character in group name %r at position %d' % (name, npos),
                     DeprecationWarning)
            if not gid:
                raise self.error('bad group number', npos)
            if gid >= MAXGROUPS:
                raise self.error('invalid group reference %d' % gid, npos)
            self.cond_refs.append((gid, npos))
        self.check_behind(gid, self.i_)
        yes = self.sequence(flags, depth + 1, False)
        no = None
        if self.i_ < self.n and self.s[self.i_] == '|':
            self.i_ += 1
            no = self.sequence(flags, depth + 1, False)
            if self.i_ < self.n and self.s[self.i_] == '|':
                raise self.error('conditional backref with more than two branches', self.i_)
        self.close_paren(start)
        return (COND, gid, yes, no)

    def inline_flags(self, start, flags, depth, may_set_global, i):
        """'(?' flags [ '-' flags ] ( ')' | ':' body ')' ), with i at the first flag letter."""
        s, n = self.s, self.n
        on = 0
        off = 0
        c = s[i]
        if c != '-':
            while True:
                f = _INLINE_FLAGS[c]
                if self.isbytes:
                    if c == 'u':
                        raise self.late_error("bad inline flags: cannot use 'u' flag with a "
                                              "bytes pattern", i + 1, i)
                elif c == 'L':
                    raise self.late_error("bad inline flags: cannot use 'L' flag with a str "
                                          "pattern", i + 1, i)
                on |= f
                if f & TYPE_FLAGS and on & TYPE_FLAGS != f:
                    raise self.late_error("bad inline flags: flags 'a', 'u' and 'L' are "
                                          "incompatible", i + 1, i)
                i += 1
                if i >= n:
                    raise self.error('missing -, : or )', i)
                c = s[i]
                if c in ')-:':
                    break
                if c not in _INLINE_FLAGS:
                    raise self.error('unknown flag' if c.isalpha() else 'missing -, : or )', i)
        if c == ')':
            self.i_ = i + 1
            if depth or not may_set_global:
                raise self.error('global flags not at the start of the expression', start)
            self.flags |= on
            return flags | on
        if c == '-':
            i += 1
            if i >= n:
                raise self.error('missing flag', i)
            c = s[i]
            if c not in _INLINE_FLAGS:
                raise self.error('unknown flag' if c.isalpha() else 'missing flag', i)
            while True:
                f = _INLINE_FLAGS[c]
                if f & TYPE_FLAGS:
                    raise self.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'",
                                     i + 1)
                off |= f
                i += 1
                if i >= n:
                    raise self.error('missing :', i)
                c = s[i]
                if c == ':':
                    break
                if c not in _INLINE_FLAGS:
                    raise self.error('unknown flag' if c.isalpha() else 'missing :', i)
        if on & off:
            raise self.error('bad inline flags: flag turned on and off', i)
        self.i_ = i + 1
        inner = flags
        if on & TYPE_FLAGS:
            inner &= ~TYPE_FLAGS
        inner = (inner | on) & ~off
        body = self.alternation(inner, depth + 1)
        self.close_paren(start)
        return (GROUP, None, body)

    # ---- escapes -------------------------------------------------------------------------

    def hex_escape(self, start, count, kind):
        s = self.s
        j = start + 2
        k = j
        while k < self.n and k < j + count and s[k] in _HEX:
            k += 1
        if k - j != count:
            raise self.error('incomplete escape %s' % s[start:k], start)
        self.i_ = k
        value = int(s[j:k], 16)
        if kind == 'U' and value > 0x10FFFF:
            raise self.error('bad escape %s' % s[start:k], start)
        return chr(value)

    def named_escape(self, start):
        s = self.s
        j = start + 2
        if j >= self.n or s[j] != '{':
            raise self.error('missing {', j)
        k = self.find_token(j + 1, '}')
        if k == j + 1 or (k < 0 and j + 1 >= self.n):
            exc = self.error('missing character name', j + 1)
            exc._end = max(k, j + 1)
            raise exc
        if k < 0:
            raise self.error('missing }, unterminated name', j + 1)
        name = s[j + 1:k]
        self.i_ = k + 1
        ch = _lookup_name(name)
        if ch is None:
            exc = self.error('undefined character name %r' % name, start)
            exc._end = k
            raise exc
        return ch

    def common_escape(self, start, c):
        """Escapes meaning one character both in and out of classes, or None."""
        if c in _SIMPLE_ESCAPES and c != 'b':
            self.i_ = start + 2
            return _SIMPLE_ESCAPES[c]
        if c == 'x':
            return self.hex_escape(start, 2, 'x')
        if not self.isbytes:
            if c == 'u':
                return self.hex_escape(start, 4, 'u')
            if c == 'U':
                return self.hex_escape(start, 8, 'U')
            if c == 'N':
                return self.named_escape(start)
        return None

    def escape(self, start, flags):
        """An escape outside a class, at start (the backslash)."""
        s, n = self.s, self.n
        if start + 1 >= n:
            raise self.error('bad escape (end of pattern)', start)
        c = s[start + 1]
        self.i_ = start + 2
        fold = _fold_kind(flags, self.isbytes)
        if c in _AT_ESCAPES:
            kind = _AT_ESCAPES[c]
            if kind in ('b', 'B') and _is_ascii(flags, self.isbytes):
                kind = 'a' + kind
            return (AT, kind)
        if c in 'dDsSwW':
            return (IN, [(CAT, c)], False, fold, _is_ascii(flags, self.isbytes))
        ch = self.common_escape(start, c)
        if ch is not None:
            return (LIT, ch, fold)
        if c == '0':
            j = start + 2
            k = j
            while k < n and k < j + 2 and s[k] in _OCTAL:
                k += 1
            self.i_ = k
            return (LIT, chr(int(s[start + 1:k], 8)), fold)
        if c in _DIGITS:
            j = start + 2
            if j < n and s[j] in _DIGITS:
                if (c in _OCTAL and s[j] in _OCTAL and j + 1 < n and s[j + 1] in _OCTAL):
                    value = int(s[start + 1:j + 2], 8)
                    self.i_ = j + 2
                    if value > 0o377:
                        raise self.error('octal escape value %s outside of range 0-0o377'
                                         % s[start:j + 2], start)
                    return (LIT, chr(value), fold)
                gid = int(s[start + 1:j + 1])
                self.i_ = j + 1
            else:
                gid = int(c)
            if gid > self.ngroups:
                raise self.error('invalid group reference %d' % gid, start + 1)
            self.check_ref(gid, start, self.i_)
            return (REF, gid, fold)
        if c in _ASCII_LETTERS:
            raise self.error('bad escape %s' % s[start:start + 2], start)
        return (LIT, c, fold)

    def class_escape(self, start):
        """An escape inside a class: (CH, c) or (CAT, code)."""
        s, n = self.s, self.n
        if start + 1 >= n:
            raise self.error('bad escape (end of pattern)', start)
        c = s[start + 1]
        self.i_ = start + 2
        if c in 'dDsSwW':
            return (CAT, c)
        if c == 'b':
            return (CH, '\b')
        ch = self.common_escape(start, c)
        if ch is not None:
            return (CH, ch)
        if c in _OCTAL:
            j = start + 2
            k = j
            while k < n and k < j + 2 and s[k] in _OCTAL:
                k += 1
            self.i_ = k
            value = int(s[start + 1:k], 8)
            if value > 0o377:
                raise self.error('octal escape value %s outside of range 0-0o377'
                                 % s[start:k], start)
            return (CH, chr(value))
        if c in _DIGITS or c in _ASCII_LETTERS:
            raise self.error('bad escape %s' % s[start:start + 2], start)
        return (CH, c)

    # ---- classes -------------------------------------------------------------------------

    def char_class(self, start, flags):
        s, n = self.s, self.n
        i = start + 1
        negate = False
        if i < n and s[i] == '^':
            negate = True
            i += 1
        items = []
        first = True
        if i < n and s[i] == '[':
            warn('Possible nested set at position %d' % i, FutureWarning)
        while True:
            if i >= n:
                raise self.error('unterminated character set', start)
            c = s[i]
            if c == ']' and not first:
                i += 1
                break
            first = False
            item_start = i
            if c == '\\':
                item = self.class_escape(i)
                i = self.i_
            else:
                if items and c in _SET_OPS and i + 1 < n and s[i + 1] == c:
                    warn('Possible set %s at position %d' % (_SET_OPS[c], i), FutureWarning)
                item = (CH, c)
                i += 1
            if i < n and s[i] == '-':
                if i + 1 >= n:
                    raise self.error('unterminated character set', start)
                if s[i + 1] == ']':
                    items.append(item)
                    items.append((CH, '-'))
                    i += 2
                    break
                end_start = i + 1
                if s[end_start] == '\\':
                    item2 = self.class_escape(end_start)
                    i = self.i_
                else:
                    item2 = (CH, s[end_start])
                    i = end_start + 1
                    if item2[1] == '-':
                        warn('Possible set difference at position %d' % (end_start - 1),
                             FutureWarning)
                if item[0] != CH or item2[0] != CH:
                    raise self.error('bad character range %s-%s'
                                     % (s[item_start:end_start - 1], s[end_start:i]),
                                     item_start)
                if item2[1] < item[1]:
                    raise self.error('bad character range %s-%s'
                                     % (s[item_start:end_start - 1], s[end_start:i]),
                                     item_start)
                items.append((RANGE, item[1], item2[1]))
            else:
                items.append(item)
        self.i_ = i
        return (IN, items, negate, _fold_kind(flags, self.isbytes),
                _is_ascii(flags, self.isbytes))


_LATE_ERRORS = ('missing ), unterminated subpattern', 'unterminated character set',
                'missing ), unterminated comment', 'missing ), unterminated name',
                'missing >, unterminated name', 'missing }, unterminated name',
                'unexpected end of pattern')


def _lone_backslash(text, exc, pattern):
    """The error CPython reports for a pattern ending in a lone backslash.

    CPython's tokenizer reads one token ahead, so it finds such a backslash as soon as the
    parser takes the token before it: errors found at or after that token, or only at the
    end of the pattern, become 'bad escape (end of pattern)'.
    """
    i = 0
    n = len(text)
    prev = 0
    while i < n:
        if text[i] == '\\':
            if i + 1 >= n:
                break
            prev = i
            i += 2
        else:
            prev = i
            i += 1
    else:
        return exc
    if exc.msg == 'unbalanced parenthesis' or exc.msg == 'bad escape (end of pattern)':
        return exc
    pos = exc.pos
    if pos is not None and exc.msg.startswith('unknown extension '):
        ext = exc.msg[18:]
        pos += 2 if len(ext) > 2 and ext[1] in '<P' else 1
    elif pos is not None:
        msg = exc.msg
        for head in ('incomplete escape ', 'bad escape ', 'octal escape value '):
            if msg.startswith(head):
                pos += len(msg[len(head):].split(' ')[0]) - 1
        if msg.startswith('invalid group reference '):
            pos += len(msg) - 25
        if msg == 'missing <' or msg == 'missing {':
            pos -= 1        # found by peeking at the next token, not by taking it
        end = getattr(exc, '_end', None)
        if end is not None:
            pos = end
    if pos is None or exc.msg in _LATE_ERRORS or pos >= prev:
        return error('bad escape (end of pattern)', pattern, i)
    return exc


def _lookup_name(name):
    """The character called ``name`` in Unicode, or None."""
    for c in name:
        if not (c.isascii() and (c.isalnum() or c in ' -')):
            return None
    try:
        ch = eval('"\\N{%s}"' % name)
    except (SyntaxError, ValueError, UnicodeError):
        return None
    return ch if len(ch) == 1 else None


def parse(pattern, flags):
    """Parses ``pattern`` (str or bytes) compiled with ``flags``; returns a Parsed."""
    isbytes = not isinstance(pattern, str)
    text = pattern.decode('latin-1') if isbytes else pattern
    p = _Parser(pattern, text, isbytes, flags)
    p.i_ = 0
    try:
        body = p.parse()
    except error as e:
        raise _lone_backslash(text, e, pattern) from None
    flags = p.flags
    if isbytes:
        if flags & F_UNICODE:
            raise ValueError('cannot use UNICODE flag with a bytes pattern')
        if flags & F_LOCALE and flags & F_ASCII:
            raise ValueError('ASCII and LOCALE flags are incompatible')
    else:
        if flags & F_LOCALE:
            raise ValueError('cannot use LOCALE flag with a str pattern')
        if not flags & F_ASCII:
            flags |= F_UNICODE
        elif flags & F_UNICODE:
            raise ValueError('ASCII and UNICODE flags are incompatible')
    return Parsed(body, flags, p.ngroups, dict(p.names), isbytes)
