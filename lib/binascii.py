"""Conversions between binary data and ASCII encodings: pyrs's pure-Python ``binascii`` module.

Hex, base64 and uuencode conversions, ``crc32`` (table-driven) and
``crc_hqx``.  The error messages are CPython's.  Not implemented: ``a2b_qp``/``b2a_qp``.
"""

__all__ = ["Error", "Incomplete", "crc32", "crc_hqx", "hexlify", "unhexlify", "b2a_hex",
           "a2b_hex", "b2a_base64", "a2b_base64", "b2a_uu", "a2b_uu"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bin(data):
    """``data`` (any bytes-like object) as bytes, with CPython's error for other types."""
    if type(data) is bytes:
        return data
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _ascii(data):
    """The argument of an a2b_* function as bytes: a bytes-like object or an ASCII str."""
    if type(data) is bytes:
        return data
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def _index(v):
    if isinstance(v, int):
        return int(v)
    meth = getattr(type(v), "__index__", None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return meth(v)


# ---------------------------------------------------------------------------------------------
# CRCs

_CRC_TABLE = None


def _crc_table():
    global _CRC_TABLE
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            if c & 1:
                c = (c >> 1) ^ 0xEDB88320
            else:
                c >>= 1
        table.append(c)
    _CRC_TABLE = table
    return table


def _crc32(data, crc):
    """The CRC-32 of the bytes ``data`` continuing from ``crc`` (an int in 0..2**32-1)."""
    table = _CRC_TABLE or _crc_table()
    crc ^= 0xFFFFFFFF
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def crc32(*args):
    """crc32(data, crc=0, /) -> the CRC-32 checksum of data, continuing from crc."""
    if not args:
        raise TypeError("crc32 expected at least 1 argument, got 0")
    if len(args) > 2:
        raise TypeError("crc32 expected at most 2 arguments, got %d" % len(args))
    data = _bin(args[0])
    crc = _index(args[1]) & 0xFFFFFFFF if len(args) > 1 else 0
    return _crc32(data, crc)


_HQX_TABLE = None


def crc_hqx(data, crc, /):
    """Return the CRC-CCITT (XModem) checksum of data, continuing from crc (16 bits)."""
    global _HQX_TABLE
    data = _bin(data)
    crc = _index(crc) & 0xFFFF
    table = _HQX_TABLE
    if table is None:
        table = []
        for n in range(256):
            c = n << 8
            for _ in range(8):
                c = ((c << 1) ^ 0x1021) if c & 0x8000 else (c << 1)
            table.append(c & 0xFFFF)
        _HQX_TABLE = table
    for b in data:
        crc = ((crc << 8) & 0xFF00) ^ table[(crc >> 8) ^ b]
    return crc


# ---------------------------------------------------------------------------------------------
# hex

def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data, with an optional separator every
    ``bytes_per_sep`` bytes (counted from the right; from the left when negative)."""
    data = _bin(data)
    if sep is None:
        return data.hex().encode("ascii")
    if isinstance(sep, str):
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        sepbyte = ord(sep)
    else:
        if len(sep) != 1:
            raise ValueError("sep must be length 1.")
        sepbyte = _bin(sep)[0]
    bytes_per_sep = _index(bytes_per_sep)
    if bytes_per_sep == 0 or len(data) <= abs(bytes_per_sep):
        return data.hex().encode("ascii")
    text = data.hex(":", bytes_per_sep).encode("ascii")
    if sepbyte != 58:
        text = text.replace(b":", bytes((sepbyte & 0xFF,)))
    return text


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data (the same as ``b2a_hex``)."""
    return b2a_hex(data, sep, bytes_per_sep)

_HEXDIGITS = b"0123456789abcdefABCDEF"


def a2b_hex(hexstr, /):
    """Binary data of the hexadecimal string ``hexstr`` (an even number of hex digits)."""
    data = _ascii(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    if data.translate(None, _HEXDIGITS):
        raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


def unhexlify(hexstr, /):
    """Binary data of the hexadecimal string ``hexstr`` (the same as ``a2b_hex``)."""
    return a2b_hex(hexstr)


# ---------------------------------------------------------------------------------------------
# base64

_B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_BYTES = _B64.encode("ascii")
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64_BYTES):
    _B64_VALUE[_c] = _i
_NOT_B64 = bytes(c for c in range(256) if _B64_VALUE[c] < 0 and c != 61)
_ENC12 = None   # 3 hex digits -> 2 base64 characters
_DEC12 = None   # 2 base64 characters -> 3 hex digits
_HEX = "0123456789abcdef"


def _enc_table():
    global _ENC12
    table = {}
    for n in range(4096):
        table["%03x" % n] = _B64[n >> 6] + _B64[n & 63]
    _ENC12 = table
    return table


def _dec_table():
    global _DEC12
    table = {}
    for i, a in enumerate(_B64):
        for j, b in enumerate(_B64):
            table[a + b] = "%03x" % ((i << 6) | j)
    _DEC12 = table
    return table


def b2a_base64(data, /, *, newline=True):
    """Base64 encoding of binary data, ending with a newline unless ``newline`` is false."""
    data = _bin(data)
    n = len(data)
    full = n - n % 3
    table = _ENC12 or _enc_table()
    h = data[:full].hex()
    text = "".join([table[h[i:i + 3]] for i in range(0, len(h), 3)])
    rest = n - full
    if rest == 1:
        c = data[full]
        text += _B64[c >> 2] + _B64[(c & 3) << 4] + "=="
    elif rest == 2:
        c = (data[full] << 8) | data[full + 1]
        text += _B64[c >> 10] + _B64[(c >> 4) & 63] + _B64[(c & 15) << 2] + "="
    if newline:
        text += "\n"
    return text.encode("ascii")


def _b64_fast(core):
    """Decode base64 characters (no padding, no other characters); length % 4 != 1."""
    table = _DEC12 or _dec_table()
    n = len(core)
    full = n - n % 4
    s = core[:full].decode("ascii")
    out = bytes.fromhex("".join([table[s[i:i + 2]] for i in range(0, full, 2)]))
    rest = n - full
    if rest == 2:
        v = (_B64_VALUE[core[full]] << 6) | _B64_VALUE[core[full + 1]]
        out += bytes((v >> 4,))
    elif rest == 3:
        v = (_B64_VALUE[core[full]] << 12) | (_B64_VALUE[core[full + 1]] << 6) \
            | _B64_VALUE[core[full + 2]]
        out += bytes((v >> 10, (v >> 2) & 0xFF))
    return out


def a2b_base64(data, /, *, strict_mode=False):
    """Binary data of base64 text.  Characters outside the alphabet are skipped, unless
    ``strict_mode`` is true (which also refuses misplaced or excess padding)."""
    data = _ascii(data)
    if not strict_mode:
        data = data.translate(None, _NOT_B64)
        core = data.rstrip(b"=")
        if b"=" not in core:
            quad = len(core) % 4
            pads = len(data) - len(core)
            if quad == 1:
                raise Error("Invalid base64-encoded string: number of data characters (%d) "
                            "cannot be 1 more than a multiple of 4" % len(core))
            if quad and quad + pads < 4:
                raise Error("Incorrect padding")
            return _b64_fast(core)
    # the general case: a character at a time
    values = _B64_VALUE
    out = bytearray()
    quad = 0
    pads = 0
    acc = 0
    ndata = 0
    padding_started = False
    n = len(data)
    i = -1
    for c in data:
        i += 1
        if c == 61:
            padding_started = True
            if strict_mode and i == 0:
                raise Error("Leading padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = values[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        ndata += 1
        if quad == 0:
            acc = v
            quad = 1
        elif quad == 1:
            acc = (acc << 6) | v
            out.append(acc >> 4)
            acc &= 15
            quad = 2
        elif quad == 2:
            acc = (acc << 6) | v
            out.append(acc >> 2)
            acc &= 3
            quad = 3
        else:
            out.append((acc << 6) | v)
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot "
                    "be 1 more than a multiple of 4" % ndata)
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


# ---------------------------------------------------------------------------------------------
# uuencode

def b2a_uu(data, /, *, backtick=False):
    """One uuencoded line (at most 45 bytes of data), ending with a newline."""
    data = _bin(data)
    n = len(data)
    if n > 45:
        raise Error("At most 45 bytes at once")

    def ch(v):
        return 96 if (backtick and v == 0) else 32 + v

    out = bytearray((ch(n),))
    padded = data + bytes(-n % 3)
    for i in range(0, len(padded), 3):
        v = (padded[i] << 16) | (padded[i + 1] << 8) | padded[i + 2]
        out += bytes((ch(v >> 18), ch((v >> 12) & 63), ch((v >> 6) & 63), ch(v & 63)))
    out.append(10)
    return bytes(out)


def a2b_uu(data, /):
    """Binary data of one uuencoded line."""
    data = _ascii(data)
    if not data:
        return bytes(32)
    n = (data[0] - 32) & 63
    out = bytearray()
    acc = 0
    bits = 0
    i = 1
    while len(out) < n:
        if i < len(data) and data[i] not in b"\n\r":
            c = data[i]
            if c < 32 or c > 96:
                raise Error("Illegal char")
            v = (c - 32) & 63
        else:
            v = 0
        i += 1
        acc = (acc << 6) | v
        bits += 6
        if bits >= 8:
            bits -= 8
            out.append((acc >> bits) & 0xFF)
    for c in data[i:]:
        if c not in b" `\n\r":
            raise Error("Trailing garbage")
    return bytes(out)
