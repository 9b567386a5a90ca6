"""JSON encoding for pyrs's pure-Python ``json`` package: ``JSONEncoder`` and string escaping.

``JSONEncoder.encode(o)`` returns the JSON text of ``o`` in one string; ``iterencode(o)``
yields it piece by piece (``json.dump`` writes those pieces as they come).  The output is
CPython 3.11's, byte for byte: the same separators, indentation, key coercion, float reprs
and error messages.  CPython answers some errors differently depending on whether its C
accelerator ran (``encode`` without ``indent``) or its Python code did (``indent`` given, or
``iterencode``); this module reproduces both answers.
"""

__all__ = ["JSONEncoder", "encode_basestring", "encode_basestring_ascii",
           "py_encode_basestring", "py_encode_basestring_ascii"]

INFINITY = float('inf')

# Escapes of the characters that must always be escaped: '"', '\\' and the C0 controls.
_SHORT = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
          '\b': '\\b', '\f': '\\f'}
_ESCAPES = {}
for _code in range(0x20):
    _ESCAPES[_code] = _SHORT.get(chr(_code), '\\u%04x' % _code)
_ESCAPES[ord('"')] = '\\"'
_ESCAPES[ord('\\')] = '\\\\'
# With ensure_ascii, DEL is escaped as well (everything outside ' '..'~' is).
_ESCAPES_ASCII = dict(_ESCAPES)
_ESCAPES_ASCII[0x7f] = '\\u007f'
del _code

# Per-character escapes for ensure_ascii, filled in lazily for non-ASCII characters.
_char_escapes = {chr(code): esc for code, esc in _ESCAPES_ASCII.items()}


def _escape_char(ch):
    """The ``\\uXXXX`` escape of one character (a surrogate pair beyond the BMP)."""
    code = ord(ch)
    if code < 0x10000:
        esc = '\\u%04x' % code
    else:
        code -= 0x10000
        esc = '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))
    _char_escapes[ch] = esc
    return esc


def py_encode_basestring(s):
    """The JSON string literal of ``s``, non-ASCII characters kept as they are."""
    out = s.translate(_ESCAPES)
    if '\ufffd' in out and not s.isascii():
        # pyrs's str.translate turns lone surrogates into U+FFFD: escape char by char.
        table = _ESCAPES
        out = ''.join([table.get(ord(ch), ch) for ch in s])
    return '"' + out + '"'


def py_encode_basestring_ascii(s):
    """The JSON string literal of ``s`` in pure ASCII (``\\uXXXX`` escapes)."""
    if s.isascii():
        return '"' + s.translate(_ESCAPES_ASCII) + '"'
    table = _char_escapes
    out = []
    for ch in s:
        if ' ' <= ch <= '~':
            if ch == '"' or ch == '\\':
                out.append(table[ch])
            else:
                out.append(ch)
        else:
            esc = table.get(ch)
            out.append(esc if esc is not None else _escape_char(ch))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


def _float_text(o, allow_nan, verbose):
    """The JSON text of a float: its repr, or NaN/Infinity/-Infinity when allowed."""
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        msg = "Out of range float values are not JSON compliant"
        if verbose:
            msg += ": " + repr(o)
        raise ValueError(msg)
    return text


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures.

    Supports dict, list, tuple, str, int, float, True, False and None (and subclasses of
    those).  Override ``default()`` in a subclass (or pass ``default=``) to serialize other
    objects: it returns something serializable or raises TypeError.
    """
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 default=None):
        """Constructor for JSONEncoder, with sensible defaults.

        skipkeys: skip dict keys that are not str, int, float, bool or None instead of
        raising TypeError.  ensure_ascii: escape every non-ASCII character.  check_circular:
        detect reference cycles (ValueError) instead of recursing forever.  allow_nan:
        write NaN and +/-Infinity (else ValueError).  sort_keys: sort dict items by key.
        indent: pretty-print with this many spaces (or this string) per level.
        separators: an (item_separator, key_separator) pair.  default: a function called
        for objects that cannot otherwise be serialized.
        """
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects JSON cannot represent; raises TypeError here."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """Return the JSON string of the Python object ``o``."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode ``o``, yielding its JSON text in pieces."""
        if _one_shot and self.indent is None:
            parts = []
            self._compact_encoder(parts)(o)
            return parts
        return self._piecewise(o)

    # -- helpers shared by both encoders -----------------------------------------------------

    def _key_text(self, key, float_text):
        """The string a dict key becomes, or None to skip it (raises for bad keys)."""
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def _compact_encoder(self, parts):
        """A function appending the JSON of an object to ``parts`` (no indentation).

        This is the counterpart of CPython's C accelerator, with its error messages.
        """
        # The ids of the containers being encoded, to detect cycles.  (A set: CPython
        # keeps a dict, but pyrs's dicts do not cope yet with many deletions.)
        markers = set() if self.check_circular else None
        string = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan
        item_sep = self.item_separator
        key_sep = self.key_separator
        sort_keys = self.sort_keys
        default = self.default
        key_text = self._key_text
        append = parts.append

        def float_text(o):
            return _float_text(o, allow_nan, False)

        def enc(o):
            if isinstance(o, str):
                append(string(o))
            elif o is None:
                append('null')
            elif o is True:
                append('true')
            elif o is False:
                append('false')
            elif isinstance(o, int):
                append(int.__repr__(o))
            elif isinstance(o, float):
                append(float_text(o))
            elif isinstance(o, (list, tuple)):
                if not o:
                    append('[]')
                    return
                if markers is not None:
                    marker = id(o)
                    if marker in markers:
                        raise ValueError("Circular reference detected")
                    markers.add(marker)
                append('[')
                first = True
                for item in o:
                    if first:
                        first = False
                    else:
                        append(item_sep)
                    enc(item)
                append(']')
                if markers is not None:
                    markers.discard(marker)
            elif isinstance(o, dict):
                if not o:
                    append('{}')
                    return
                if markers is not None:
                    marker = id(o)
                    if marker in markers:
                        raise ValueError("Circular reference detected")
                    markers.add(marker)
                append('{')
                items = sorted(o.items()) if sort_keys else o.items()
                first = True
                for key, value in items:
                    key = key_text(key, float_text)
                    if key is None:
                        continue
                    if first:
                        first = False
                    else:
                        append(item_sep)
                    append(string(key))
                    append(key_sep)
                    enc(value)
                append('}')
                if markers is not None:
                    markers.discard(marker)
            else:
                if markers is not None:
                    marker = id(o)
                    if marker in markers:
                        raise ValueError("Circular reference detected")
                    markers.add(marker)
                enc(default(o))
                if markers is not None:
                    markers.discard(marker)

        return enc

    def _piecewise(self, o):
        """A generator of the JSON text of ``o`` (CPython's pure-Python encoder)."""
        markers = set() if self.check_circular else None
        string = encode_basestring_ascii if self.ensure_ascii else encode_basestring
        allow_nan = self.allow_nan
        item_sep = self.item_separator
        key_sep = self.key_separator
        sort_keys = self.sort_keys
        default = self.default
        key_text = self._key_text
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent

        def float_text(o):
            return _float_text(o, allow_nan, True)

        def scalar(o):
            """The text of a non-container value, or None for containers and others."""
            if isinstance(o, str):
                return string(o)
            if o is None:
                return 'null'
            if o is True:
                return 'true'
            if o is False:
                return 'false'
            if isinstance(o, int):
                return int.__repr__(o)
            if isinstance(o, float):
                return float_text(o)
            return None

        def enter(o):
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError("Circular reference detected")
                markers.add(marker)

        def leave(o):
            if markers is not None:
                markers.discard(id(o))

        def gen(o, level):
            text = scalar(o)
            if text is not None:
                yield text
            elif isinstance(o, (list, tuple)):
                if not o:
                    yield '[]'
                    return
                enter(o)
                if indent is None:
                    newline = ''
                    sep = item_sep
                else:
                    level += 1
                    newline = '\n' + indent * level
                    sep = item_sep + newline
                yield '[' + newline
                first = True
                for item in o:
                    if first:
                        first = False
                    else:
                        yield sep
                    text = scalar(item)
                    if text is not None:
                        yield text
                    else:
                        yield from gen(item, level)
                if indent is not None:
                    yield '\n' + indent * (level - 1)
                yield ']'
                leave(o)
            elif isinstance(o, dict):
                if not o:
                    yield '{}'
                    return
                enter(o)
                if indent is None:
                    newline = ''
                    sep = item_sep
                else:
                    level += 1
                    newline = '\n' + indent * level
                    sep = item_sep + newline
                yield '{' + newline
                items = sorted(o.items()) if sort_keys else o.items()
                first = True
                for key, value in items:
                    key = key_text(key, float_text)
                    if key is None:
                        continue
                    if first:
                        first = False
                    else:
                        yield sep
                    yield string(key)
                    yield key_sep
                    text = scalar(value)
                    if text is not None:
                        yield text
                    else:
                        yield from gen(value, level)
                if indent is not None:
                    yield '\n' + indent * (level - 1)
                yield '}'
                leave(o)
            else:
                enter(o)
                yield from gen(default(o), level)
                leave(o)

        return gen(o, 0)
