"""JSON decoding for pyrs's pure-Python ``json`` package: ``JSONDecoder`` and its scanner.

The scanner is written by hand (pyrs has no ``re``).  It accepts exactly what CPython 3.11's
accelerated scanner accepts, builds the same objects (calling the same hooks in the same
order), and reports malformed documents with the same ``JSONDecodeError`` messages and
positions ("Expecting value: line 1 column 1 (char 0)", ...).
"""

__all__ = ["JSONDecoder", "JSONDecodeError", "scanstring", "py_scanstring"]

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEXDIGITS = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
                   'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}


class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)'
                            % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


def _skip_ws(s, idx, n):
    """The index of the first non-whitespace character at or after ``idx``."""
    while idx < n and s[idx] in _WHITESPACE:
        idx += 1
    return idx


def _first_control(s, start, stop):
    """The index of the first character below U+0020 in s[start:stop], or -1."""
    if s[start:stop].isprintable():
        return -1
    for i in range(start, stop):
        if s[i] < ' ':
            return i
    return -1


def _hex4(s, pos, n):
    """The value of the 4 hex digits at s[pos:pos+4], or -1 when they are not that."""
    if pos + 4 > n:
        return -1
    digits = s[pos:pos + 4]
    for ch in digits:
        if ch not in _HEXDIGITS:
            return -1
    return int(digits, 16)


def py_scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at ``end - 1``.

    Returns (the decoded str, the index after the closing quote).  With ``strict``,
    control characters are not allowed inside the literal.
    """
    begin = end - 1
    n = len(s)
    chunks = []
    while True:
        # Find the next quote or backslash.  pyrs's str.find is slow when given a large
        # start offset (slicing is not), so search windows of s instead.
        stop = -1
        start = end
        size = 64
        while start < n:
            window = s[start:start + size]
            quote = window.find('"')
            bslash = window.find('\\', 0, len(window) if quote < 0 else quote)
            if bslash >= 0:
                stop = start + bslash
                break
            if quote >= 0:
                stop = start + quote
                break
            start += size
            size *= 2
        if strict:
            bad = _first_control(s, end, n if stop < 0 else stop)
            if bad >= 0:
                raise JSONDecodeError("Invalid control character at", s, bad)
        if stop < 0:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        if stop > end:
            chunks.append(s[end:stop])
        if s[stop] == '"':
            break
        # A backslash escape at ``stop``.
        pos = stop + 1
        if pos >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[pos]
        if esc != 'u':
            ch = _SIMPLE_ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, stop)
            chunks.append(ch)
            end = pos + 1
            continue
        # CPython wants at least one character after the four hex digits.
        end = pos + 5
        code = -1 if end >= n else _hex4(s, pos + 1, n)
        if code < 0:
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
        if 0xd800 <= code <= 0xdbff and end + 6 < n and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 2, n)
            if low < 0:
                raise JSONDecodeError("Invalid \\uXXXX escape", s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        chunks.append(chr(code))
    if len(chunks) == 1:
        return chunks[0], stop + 1
    return ''.join(chunks), stop + 1


scanstring = py_scanstring


def make_scanner(context):
    """A ``scan_once(string, idx)`` function decoding the JSON value starting at ``idx``.

    It returns (value, end index) or raises StopIteration(idx) when no value starts there.
    ``context`` supplies the options: strict, object_hook, object_pairs_hook, parse_float,
    parse_int and parse_constant.
    """
    strict = context.strict
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    ws = _WHITESPACE
    digits = _DIGITS

    def number(s, idx, n):
        start = idx
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise StopIteration(start)
        ch = s[idx]
        if ch == '0':
            idx += 1
        elif '1' <= ch <= '9':
            idx += 1
            while idx < n and s[idx] in digits:
                idx += 1
        else:
            raise StopIteration(start)
        is_float = False
        if idx + 1 < n and s[idx] == '.' and s[idx + 1] in digits:
            idx += 2
            while idx < n and s[idx] in digits:
                idx += 1
            is_float = True
        if idx < n and (s[idx] == 'e' or s[idx] == 'E'):
            j = idx + 1
            if j < n and (s[j] == '-' or s[j] == '+'):
                j += 1
            if j < n and s[j] in digits:
                j += 1
                while j < n and s[j] in digits:
                    j += 1
                idx = j
                is_float = True
        if is_float:
            return parse_float(s[start:idx]), idx
        return parse_int(s[start:idx]), idx

    def value(s, idx, n):
        if idx >= n:
            raise StopIteration(idx)
        ch = s[idx]
        if ch == '"':
            return scanstring(s, idx + 1, strict)
        if ch == '{':
            return obj(s, idx + 1, n)
        if ch == '[':
            return array(s, idx + 1, n)
        if ch == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if ch == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if ch == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if ch == 'N' and s[idx:idx + 3] == 'NaN':
            return parse_constant('NaN'), idx + 3
        if ch == 'I' and s[idx:idx + 8] == 'Infinity':
            return parse_constant('Infinity'), idx + 8
        if ch == '-' and s[idx:idx + 9] == '-Infinity':
            return parse_constant('-Infinity'), idx + 9
        return number(s, idx, n)

    def obj(s, idx, n):
        pairs = []
        while idx < n and s[idx] in ws:
            idx += 1
        if idx < n and s[idx] == '}':
            idx += 1
        else:
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError(
                        "Expecting property name enclosed in double quotes", s, idx)
                key, idx = scanstring(s, idx + 1, strict)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
                val, idx = value(s, idx, n)
                pairs.append((key, val))
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == '}':
                    idx += 1
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        if object_pairs_hook is not None:
            return object_pairs_hook(pairs), idx
        result = dict(pairs)
        if object_hook is not None:
            result = object_hook(result)
        return result, idx

    def array(s, idx, n):
        values = []
        while idx < n and s[idx] in ws:
            idx += 1
        if idx < n and s[idx] == ']':
            return values, idx + 1
        while True:
            val, idx = value(s, idx, n)
            values.append(val)
            while idx < n and s[idx] in ws:
                idx += 1
            if idx < n and s[idx] == ']':
                return values, idx + 1
            if idx >= n or s[idx] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, idx)
            idx += 1
            while idx < n and s[idx] in ws:
                idx += 1

    def scan_once(string, idx):
        if idx < 0:
            raise ValueError("idx cannot be negative")
        return value(string, idx, len(string))

    return scan_once


def _ascii_copy(s):
    """``s`` with every non-ASCII character written as a JSON ``\\uXXXX`` escape (a pair
    beyond the BMP), or None when that could change the meaning: a lone surrogate, or a
    non-ASCII character right after an unpaired backslash."""
    out = []
    append = out.append
    escaped = False
    for ch in s:
        if ch < '\x80':
            append(ch)
            escaped = ch == '\\' and not escaped
            continue
        if escaped:
            return None
        code = ord(ch)
        if code < 0x10000:
            if 0xd800 <= code <= 0xdfff:
                return None
            append('\\u%04x' % code)
        else:
            code -= 0x10000
            append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
    if s[-1] >= '\x80':
        # The scanner wants a character after a \u escape: a final non-ASCII character
        # (inside an unterminated string, or misplaced) needs one to fail the same way.
        append(' ')
    return ''.join(out)


def _original_pos(s, pos):
    """The index in ``s`` of what is at index ``pos`` of ``_ascii_copy(s)``."""
    at = 0
    i = 0
    for ch in s:
        if at >= pos:
            return i
        code = ord(ch)
        at += 1 if code < 0x80 else (6 if code < 0x10000 else 12)
        i += 1
    return i


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to int or float,
    true/false/null to True/False/None, and also NaN, Infinity and -Infinity.
    """

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        """object_hook is called with every decoded object (a dict) and its result used
        instead; object_pairs_hook is called with the list of (key, value) pairs instead
        (and wins over object_hook).  parse_float, parse_int and parse_constant are called
        with the text of floats, ints and NaN/Infinity/-Infinity.  strict=False allows
        control characters inside strings.
        """
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = make_scanner(self)

    def decode(self, s, _w=None):
        """Return the Python representation of the JSON document ``s`` (a str)."""
        if not s.isascii():
            # pyrs takes time proportional to the index to reach a character of a non-ASCII
            # str, which would make scanning quadratic.  Scan an ASCII copy instead: the same
            # document with its non-ASCII characters written as \u escapes, which decodes to
            # the same value; an error's position is mapped back to the original.
            text = _ascii_copy(s)
            if text is not None:
                try:
                    return self._decode(text)
                except JSONDecodeError as err:
                    raise JSONDecodeError(err.msg, s, _original_pos(s, err.pos)) from None
        return self._decode(s)

    def _decode(self, s):
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]: return (value, index after it)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
