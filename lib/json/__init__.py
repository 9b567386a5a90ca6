"""JSON (JavaScript Object Notation) encoder and decoder: pyrs's pure-Python ``json`` package.

``dumps(obj)`` / ``dump(obj, fp)`` serialize Python objects to JSON text and ``loads(s)`` /
``load(fp)`` parse it back, with CPython 3.11's options, output and error messages::

    >>> dumps(['foo', {'bar': ('baz', None, 1.0, 2)}])
    '["foo", {"bar": ["baz", null, 1.0, 2]}]'
    >>> loads('{"a": [1, 2.5, true]}')
    {'a': [1, 2.5, True]}

``JSONEncoder`` and ``JSONDecoder`` can be subclassed and passed as ``cls=``.  Malformed
input raises ``JSONDecodeError`` (a ValueError) giving the line, column and index.
"""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError',
           'JSONEncoder']

__version__ = '2.0.9'

_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()


def _is_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                separators, default, sort_keys, kw):
    return (not skipkeys and ensure_ascii and check_circular and allow_nan
            and cls is None and indent is None and separators is None
            and default is None and not sort_keys and not kw)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Serialize ``obj`` as a JSON formatted stream to ``fp`` (which has ``.write()``).

    The options are those of ``dumps``.
    """
    if _is_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                   separators, default, sort_keys, kw):
        encoder = _default_encoder
    else:
        if cls is None:
            cls = JSONEncoder
        encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                      check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                      separators=separators, default=default, sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """Serialize ``obj`` to a JSON formatted ``str``.

    skipkeys: skip dict keys that are not str, int, float, bool or None (else TypeError).
    ensure_ascii: escape non-ASCII characters (else they are written as they are).
    check_circular: detect reference cycles (ValueError "Circular reference detected").
    allow_nan: write NaN, Infinity and -Infinity (else ValueError).
    indent: a number of spaces or a string per nesting level, for pretty-printing.
    separators: an (item_separator, key_separator) tuple; the default is (', ', ': '), or
    (',', ': ') with an indent.  default: a function returning a serializable version of
    otherwise unserializable objects.  sort_keys: sort dictionaries by key.
    cls: a JSONEncoder subclass to use instead of JSONEncoder.
    """
    if _is_default(skipkeys, ensure_ascii, check_circular, allow_nan, cls, indent,
                   separators, default, sort_keys, kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan, indent=indent,
               separators=separators, default=default, sort_keys=sort_keys,
               **kw).encode(obj)


def detect_encoding(b):
    """The encoding of JSON bytes: 'utf-8', 'utf-8-sig', 'utf-16' or 'utf-32' (+ endian)."""
    bstartswith = b.startswith
    if bstartswith((b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    # Without a BOM, the pattern of zero bytes among the first four tells the encoding
    # (the first character of a JSON text is ASCII).
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_bytes(b):
    encoding = detect_encoding(b)
    if encoding == 'utf-8-sig':
        # Not every codec is built in: strip the BOM and decode as UTF-8.
        return bytes(b[3:]).decode('utf-8', 'surrogatepass')
    return b.decode(encoding, 'surrogatepass')


def load(fp, *, cls=None, object_hook=None, parse_float=None,
         parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``fp`` (an object with ``.read()``) holding a JSON document.

    The options are those of ``loads``.
    """
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def loads(s, *, cls=None, object_hook=None, parse_float=None,
          parse_int=None, parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize ``s`` (a str, bytes or bytearray holding a JSON document).

    object_hook is called with each decoded dict and its result used instead;
    object_pairs_hook is called with each object's list of (key, value) pairs (and wins
    over object_hook).  parse_float, parse_int and parse_constant are called with the text
    of each float, int, and NaN/Infinity/-Infinity.  strict=False (passed on to the
    decoder) allows control characters in strings.  cls: a JSONDecoder subclass.
    """
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        s = _decode_bytes(s)

    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)
