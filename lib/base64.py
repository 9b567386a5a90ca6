"""Base16, Base32 and Base64 encodings: pyrs's pure-Python ``base64`` module (over ``binascii``).

Implements the RFC 4648 functions (``b64encode``/``b64decode`` with ``altchars`` and
``validate``, the ``standard_``/``urlsafe_`` variants, ``b32encode``/``b32decode``,
``b32hexencode``/``b32hexdecode``, ``b16encode``/``b16decode``), Ascii85 and Base85
(``a85encode``/``a85decode``, ``b85encode``/``b85decode``), the MIME-style
``encodebytes``/``decodebytes`` and the file-based ``encode``/``decode``.
Not implemented: the command line (``python -m base64``).
"""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "b85encode", "b85decode", "a85encode", "a85decode", "standard_b64encode", "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _decode_data(s):
    """The input of a decoder as bytes: an ASCII str or any bytes-like object."""
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if type(s) is bytes:
        return s
    try:
        return bytes(memoryview(s))
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % type(s).__name__) from None


def _encode_data(s):
    """The input of an encoder as bytes (``memoryview`` gives the error for other types)."""
    if type(s) is bytes:
        return s
    return bytes(memoryview(s))


def b64encode(s, altchars=None):
    """Encode the bytes-like object ``s`` with Base64; ``altchars`` (2 bytes) replaces '+/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return encoded.translate(bytes.maketrans(b"+/", altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """Decode Base64 ``s`` (bytes-like or ASCII str).  Characters outside the alphabet are
    discarded unless ``validate`` is true, which raises binascii.Error for them."""
    s = _decode_data(s)
    if altchars is not None:
        altchars = _decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = s.translate(bytes.maketrans(altchars, b"+/"))
    return binascii.a2b_base64(s, strict_mode=bool(validate))


def standard_b64encode(s):
    """Encode ``s`` with the standard Base64 alphabet."""
    return b64encode(s)


def standard_b64decode(s):
    """Decode ``s`` with the standard Base64 alphabet."""
    return b64decode(s)


def urlsafe_b64encode(s):
    """Encode ``s`` with the URL- and filesystem-safe alphabet ('-' and '_' for '+' and '/')."""
    return b64encode(s).translate(bytes.maketrans(b"+/", b"-_"))


def urlsafe_b64decode(s):
    """Decode ``s`` written with the URL- and filesystem-safe alphabet."""
    s = _decode_data(s)
    return b64decode(s.translate(bytes.maketrans(b"-_", b"+/")))


# ---------------------------------------------------------------------------------------------
# Base32

_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"
# number of '=' for 0..4 leftover bytes; and the bytes kept for each valid padding length
_B32_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}
_B32_KEEP = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}


def _b32enc(alphabet, s):
    data = _encode_data(s)
    n = len(data)
    rest = n % 5
    padded = memoryview(data + bytes(-n % 5))   # (slicing a memoryview copies nothing)
    out = bytearray()
    frombytes = int.from_bytes
    for i in range(0, len(padded), 5):
        v = frombytes(padded[i:i + 5], "big")
        out += bytes((alphabet[(v >> 35) & 31], alphabet[(v >> 30) & 31],
                      alphabet[(v >> 25) & 31], alphabet[(v >> 20) & 31],
                      alphabet[(v >> 15) & 31], alphabet[(v >> 10) & 31],
                      alphabet[(v >> 5) & 31], alphabet[v & 31]))
    if rest:
        pads = _B32_PADS[rest]
        out[len(out) - pads:] = b"=" * pads
    return bytes(out)


def _b32dec(alphabet, s, casefold=False, map01=None):
    s = _decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b"01", b"O" + map01))
    if casefold:
        s = s.upper()
    core = s.rstrip(b"=")
    pads = len(s) - len(core)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    view = memoryview(core)
    for i in range(0, len(core), 8):
        v = 0
        group = view[i:i + 8]
        for c in group:
            d = values.get(c)
            if d is None:
                raise binascii.Error("Non-base32 digit found")
            v = (v << 5) | d
        v <<= 5 * (8 - len(group))
        out += v.to_bytes(5, "big")
    if pads:
        keep = _B32_KEEP.get(pads)
        if keep is None:
            raise binascii.Error("Incorrect padding")
        del out[len(out) - 5 + keep:]
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object ``s`` with Base32."""
    return _b32enc(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """Decode Base32 ``s``.  ``casefold`` accepts lowercase; ``map01`` maps '0' to 'O' and
    '1' to the given letter ('I' or 'L')."""
    return _b32dec(_B32, s, casefold, map01)


def b32hexencode(s):
    """Encode ``s`` with the Extended Hex Base32 alphabet."""
    return _b32enc(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    """Decode ``s`` written with the Extended Hex Base32 alphabet."""
    return _b32dec(_B32HEX, s, casefold)


# ---------------------------------------------------------------------------------------------
# Base16

def b16encode(s):
    """Encode the bytes-like object ``s`` with Base16 (uppercase hexadecimal)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """Decode Base16 ``s``; lowercase digits are accepted only when ``casefold`` is true."""
    s = _decode_data(s)
    if casefold:
        s = s.upper()
    if s.translate(None, b"0123456789ABCDEF"):
        raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---------------------------------------------------------------------------------------------
# Ascii85 and Base85

_B85_CHARS = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
              b"abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUES = None


def _groups85(data, pad):
    """The 4-byte groups of ``data`` as ints (zero-padded), and the number of pad bytes."""
    padding = -len(data) % 4
    view = memoryview(data + bytes(padding))
    frombytes = int.from_bytes
    return [frombytes(view[i:i + 4], "big") for i in range(0, len(view), 4)], padding


def _digits85(value, alphabet):
    d4 = value % 85
    value //= 85
    d3 = value % 85
    value //= 85
    d2 = value % 85
    value //= 85
    d1 = value % 85
    return bytes((alphabet[value // 85], alphabet[d1], alphabet[d2], alphabet[d3], alphabet[d4]))


_A85_ALPHABET = bytes(range(33, 118))


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode the bytes-like object ``b`` with Ascii85 ('z' for zero groups; 'y' for four
    spaces with ``foldspaces``; lines of ``wrapcol`` characters; '<~' '~>' with ``adobe``)."""
    data = _encode_data(b)
    groups, padding = _groups85(data, pad)
    pieces = []
    last = len(groups) - 1
    for k, value in enumerate(groups):
        partial = k == last and padding and not pad
        if value == 0 and not partial:
            pieces.append(b"z")
        elif foldspaces and value == 0x20202020 and not partial:
            pieces.append(b"y")
        else:
            pieces.append(_digits85(value, _A85_ALPHABET))
    text = b"".join(pieces)
    if padding and not pad:
        text = text[:len(text) - padding]
    if wrapcol:
        if adobe:
            wrapcol = max(2, wrapcol)
            text = b"<~" + text
        lines = [text[i:i + wrapcol] for i in range(0, len(text), wrapcol)]
        if adobe:
            if len(lines[-1]) + 2 > wrapcol:
                lines.append(b"")
            lines[-1] += b"~>"
        return b"\n".join(lines)
    if adobe:
        return b"<~" + text + b"~>"
    return text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """Decode Ascii85 ``b``; ``adobe`` expects the '~>' end (and an optional '<~' start),
    ``ignorechars`` are skipped."""
    data = _decode_data(b)
    if adobe:
        if not data.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (b"~>",))
        data = data[2:-2] if data.startswith(b"<~") else data[:-2]
    out = bytearray()
    group = []
    for c in data:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                value = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 + group[3]) * 85 \
                    + group[4]
                if value > 0xFFFFFFFF:
                    raise ValueError("Ascii85 overflow")
                out += value.to_bytes(4, "big")
                group = []
        elif c == 122:
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 121:
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        keep = len(group) - 1
        group += [84] * (5 - len(group))
        value = (((group[0] * 85 + group[1]) * 85 + group[2]) * 85 + group[3]) * 85 + group[4]
        if value > 0xFFFFFFFF:
            raise ValueError("Ascii85 overflow")
        out += value.to_bytes(4, "big")[:keep]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode the bytes-like object ``b`` with the Base85 alphabet of git and Mercurial."""
    data = _encode_data(b)
    groups, padding = _groups85(data, pad)
    text = b"".join([_digits85(value, _B85_CHARS) for value in groups])
    if padding and not pad:
        text = text[:len(text) - padding]
    return text


def b85decode(b):
    """Decode Base85 ``b`` (the alphabet of ``b85encode``)."""
    global _B85_VALUES
    if _B85_VALUES is None:
        _B85_VALUES = {c: i for i, c in enumerate(_B85_CHARS)}
    values = _B85_VALUES
    data = _decode_data(b)
    padding = -len(data) % 5
    data = data + b"~" * padding
    out = bytearray()
    for i in range(0, len(data), 5):
        value = 0
        for j, c in enumerate(memoryview(data)[i:i + 5]):
            d = values.get(c)
            if d is None:
                raise ValueError("bad base85 character at position %d" % (i + j))
            value = value * 85 + d
        if value > 0xFFFFFFFF:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += value.to_bytes(4, "big")
    if padding:
        del out[len(out) - padding:]
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# MIME-style and file interfaces

def _check_bytes_like(s):
    try:
        m = memoryview(s)
    except TypeError:
        raise TypeError("expected bytes-like object, not %s" % type(s).__name__) from None
    if m.format not in ("c", "b", "B"):
        raise TypeError("expected single byte elements, not %r from %s"
                        % (m.format, type(s).__name__))
    if m.ndim != 1:
        raise TypeError("expected 1-D data, not %d-D data from %s" % (m.ndim, type(s).__name__))
    return bytes(m)


def encodebytes(s):
    """Encode ``s`` as Base64 lines of at most 76 characters, each ending with a newline."""
    data = _check_bytes_like(s)
    pieces = []
    view = memoryview(data)
    for i in range(0, len(data), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(view[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    """Decode Base64 lines (as written by ``encodebytes``)."""
    return binascii.a2b_base64(_check_bytes_like(s))


def encode(input, output):
    """Encode the binary file ``input`` into the binary file ``output`` as Base64 lines."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Decode the Base64 lines of the binary file ``input`` into the binary file ``output``."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
