"""Conversion between Python values and C structs as bytes: pyrs's pure-Python ``struct`` module.

A format string is compiled once into a list of items (cached per format, as CPython does) and
the values are converted with ``int.to_bytes``/``int.from_bytes``.  Floats are packed bit by
bit from ``math.frexp`` with IEEE round-half-even, so ``e``/``f``/``d`` give the exact bytes
CPython gives (a NaN's payload is not kept: it packs as the quiet NaN of its sign).  Native
mode (``@``) uses the sizes and alignments of a 64-bit Linux machine.
"""

import math as _math
import sys as _sys

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack",
           "Struct", "error"]


class error(Exception):
    pass


_NATIVE_ORDER = _sys.byteorder
_LONG = 8 if _sys.maxsize > 2 ** 32 else 4

# code -> (standard size, native size); None means "native mode only"
_SIZES = {
    "x": (1, 1), "c": (1, 1), "b": (1, 1), "B": (1, 1), "?": (1, 1), "s": (1, 1), "p": (1, 1),
    "h": (2, 2), "H": (2, 2), "i": (4, 4), "I": (4, 4), "l": (4, _LONG), "L": (4, _LONG),
    "q": (8, 8), "Q": (8, 8), "n": (None, _LONG), "N": (None, _LONG), "P": (None, _LONG),
    "e": (2, 2), "f": (4, 4), "d": (8, 8),
}
_SPACES = " \t\n\r\x0b\x0c"
_DIGITS = "0123456789"
_MAXSIZE = _sys.maxsize
_S64_LO = -(1 << 63)
_S64_HI = (1 << 63) - 1
_U64_HI = (1 << 64) - 1

# How an integer code checks its value (CPython's behaviour, which depends on the table used:
# native mode, and the standard codes whose size equals the native one in the machine's own
# byte order, use the native converters; the other standard codes have their own).
# A spec is (signed, kind, low, high, message):
#   "long"  -- the value must fit a C long ("argument out of range"), then low..high (message);
#   "ulong" -- the value must fit an unsigned C long, then low..high (message);
#   "64"/"u64" -- only the C range ("argument out of range");
#   "64o"/"u64o" -- the C range, else OverflowError (reported as "int too large to convert");
#   "ptr" -- a pointer: signed or unsigned 64-bit values.
_WORDS = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


def _int_spec(code, size, table):
    signed = code in "bhilqn"
    if code == "P":
        return (False, "ptr", 0, _U64_HI, None)
    native = (table == "native" or code in "bB"
              or (table == "std-native" and _SIZES[code][1] == size))
    if size == 8:
        if native:
            return (signed, "64" if signed else "u64", 0, 0, None)
        return (signed, "64o" if signed else "u64o", 0, 0, None)
    if signed:
        lo, hi = -(1 << (size * 8 - 1)), (1 << (size * 8 - 1)) - 1
    else:
        lo, hi = 0, (1 << (size * 8)) - 1
    if native and code in _WORDS:
        msg = "%s format requires %d <= number <= %d" % (_WORDS[code], lo, hi)
        return (signed, "long", lo, hi, msg)
    msg = "'%s' format requires %d <= number <= %d" % (code, lo, hi)
    return (signed, "long" if signed else "ulong", lo, hi, msg)


def _index(v):
    if isinstance(v, int):
        return int(v)
    meth = getattr(type(v), "__index__", None)
    if meth is None:
        raise error("required argument is not an integer")
    return meth(v)


def _check_int(v, spec):
    """The int to pack for ``v`` (raising struct's errors), wrapped for unsigned kinds."""
    kind = spec[1]
    if kind == "long":
        if v < _S64_LO or v > _S64_HI:
            raise error("argument out of range")
        if v < spec[2] or v > spec[3]:
            raise error(spec[4])
    elif kind == "ulong":
        if v < 0 or v > _U64_HI:
            raise error("argument out of range")
        if v > spec[3]:
            raise error(spec[4])
    elif kind == "64":
        if v < _S64_LO or v > _S64_HI:
            raise error("argument out of range")
    elif kind == "u64":
        if v < 0 or v > _U64_HI:
            raise error("argument out of range")
    elif kind == "64o":
        if v < _S64_LO or v > _S64_HI:
            raise OverflowError("int too big to convert")
    elif kind == "u64o":
        if v < 0 or v > _U64_HI:
            raise OverflowError("int too big to convert")
    else:  # a pointer: CPython accepts both signed and unsigned ranges
        if v > _U64_HI:
            raise OverflowError("Python int too large to convert to C unsigned long")
        if v < _S64_LO:
            raise OverflowError("Python int too large to convert to C long")
        if v < 0:
            v += 1 << 64
    return v


def _float_arg(v):
    if isinstance(v, float):
        return float(v)
    tp = type(v)
    try:
        if getattr(tp, "__float__", None) is not None:
            return float(v)
        meth = getattr(tp, "__index__", None)
        if meth is not None:
            return float(meth(v))
    except Exception:
        pass
    raise error("required argument is not a float")


# IEEE formats: code -> (exponent bits, fraction bits)
_FLOATS = {"e": (5, 10), "f": (8, 23), "d": (11, 52)}


def _float_bits(x, ebits, mbits):
    """The IEEE bits of ``x`` rounded half-even to the format, or None if it overflows."""
    top = ebits + mbits
    emask = (1 << ebits) - 1
    if x != x:
        sign = 1 if _math.copysign(1.0, x) < 0 else 0
        return (sign << top) | (emask << mbits) | (1 << (mbits - 1))
    sign = 0
    if _math.copysign(1.0, x) < 0:
        sign = 1
        x = -x
    if x == 0.0:
        return sign << top
    if x == _math.inf:
        return (sign << top) | (emask << mbits)
    m, e = _math.frexp(x)
    big = int(m * 9007199254740992.0)          # x == big * 2**(e - 53), exactly
    bias = (1 << (ebits - 1)) - 1
    exp = e - 1 + bias
    if exp <= 0:
        shift = (1 - bias - mbits) - (e - 53)
    else:
        shift = 52 - mbits
    if shift > 0:
        n = big >> shift
        rem = big - (n << shift)
        half = 1 << (shift - 1)
        if rem > half or (rem == half and n & 1):
            n += 1
    else:
        n = big << -shift
    if exp <= 0:
        # a subnormal (or, after rounding up, the smallest normal: the bits are the same)
        return (sign << top) | n
    if n >> (mbits + 1):
        n >>= 1
        exp += 1
    if exp >= emask:
        return None
    return (sign << top) | (exp << mbits) | (n - (1 << mbits))


def _bits_float(bits, ebits, mbits):
    top = ebits + mbits
    emask = (1 << ebits) - 1
    exp = (bits >> mbits) & emask
    frac = bits & ((1 << mbits) - 1)
    if exp == emask:
        value = _math.inf if frac == 0 else _math.nan
    elif exp == 0:
        value = _math.ldexp(float(frac), 2 - (1 << (ebits - 1)) - mbits)
    else:
        value = _math.ldexp(float(frac | (1 << mbits)), exp - (1 << (ebits - 1)) + 1 - mbits)
    if bits >> top:
        return _math.copysign(value, -1.0)
    return value


def _compile(fmt):
    """(size, number of values, items) for a format string (str)."""
    order = "@"
    i = 0
    if fmt and fmt[0] in "@=<>!":
        order = fmt[0]
        i = 1
    native = order == "@"
    if order == "@" or order == "=":
        byteorder = _NATIVE_ORDER
    elif order == "<":
        byteorder = "little"
    else:
        byteorder = "big"
    if native:
        table = "native"
    elif byteorder == _NATIVE_ORDER:
        table = "std-native"
    else:
        table = "std-swapped"
    items = []
    size = 0
    nvalues = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c in _SPACES:
            continue
        if c in _DIGITS:
            j = i
            while j < n and fmt[j] in _DIGITS:
                j += 1
            count = int(fmt[i - 1:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            if count > _MAXSIZE:
                raise error("total struct size too long")
            c = fmt[j]
            i = j + 1
        else:
            count = 1
        sizes = _SIZES.get(c)
        if sizes is None:
            raise error("bad char in struct format")
        itemsize = sizes[1] if native else sizes[0]
        if itemsize is None:
            raise error("bad char in struct format")
        if native and itemsize > 1 and c not in "sp":
            pad = -size % itemsize
            size += pad
        else:
            pad = 0
        if c in "sp":
            total = count
            nvalues += 1
        else:
            total = count * itemsize
            if c != "x":
                nvalues += count
        if total > _MAXSIZE - size:
            raise error("total struct size too long")
        size += total
        if pad:
            items.append(("x", pad, 1, None))
        if count == 0 and c not in "sp":
            continue
        if c in _FLOATS:
            spec = _FLOATS[c]
        elif c in "bBhHiIlLqQnNP":
            spec = _int_spec(c, itemsize, table)
        else:
            spec = None
        items.append((c, count, itemsize, spec))
    return size, nvalues, items, byteorder, native


def _ro_view(buffer):
    """A memoryview of bytes over ``buffer`` (indexing and slicing it copy nothing)."""
    try:
        view = memoryview(buffer)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__) from None
    if view.format != "B" or view.ndim != 1:
        view = view.cast("B")
    return view


_MISSING = object()


class Struct:
    """Struct(format): a compiled format string, with pack/unpack methods."""

    __module__ = "_struct"

    def __init__(self, format=_MISSING):
        if format is _MISSING:
            raise TypeError("Struct() missing required argument 'format' (pos 1)")
        if isinstance(format, str):
            text = format
        elif isinstance(format, bytes):
            text = format.decode("latin-1")
        else:
            raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                            % type(format).__name__)
        if "\x00" in text:
            raise error("embedded null character")
        if isinstance(format, str):
            text.encode("ascii")
        self._size, self._nvalues, self._items, self._order, self._native = _compile(text)
        self._format = text

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def _pack(self, values, what):
        if len(values) != self._nvalues:
            raise error("%s expected %d items for packing (got %d)"
                        % (what, self._nvalues, len(values)))
        out = []
        add = out.append
        order = self._order
        k = 0
        for code, count, itemsize, spec in self._items:
            if code == "x":
                add(bytes(count * itemsize))
                continue
            if code == "s" or code == "p":
                v = values[k]
                k += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % code)
                if code == "s":
                    data = bytes(v[:count])
                    add(data)
                    if len(data) < count:
                        add(bytes(count - len(data)))
                elif count:
                    data = bytes(v[:count - 1])
                    add(bytes((min(len(data), 255),)))
                    add(data)
                    if len(data) < count - 1:
                        add(bytes(count - 1 - len(data)))
                continue
            for _ in range(count):
                v = values[k]
                k += 1
                try:
                    if code in _FLOATS:
                        x = _float_arg(v)
                        bits = _float_bits(x, spec[0], spec[1])
                        if bits is None:
                            if code == "f" and self._native:
                                bits = _float_bits(_math.copysign(_math.inf, x), 8, 23)
                            else:
                                raise OverflowError(
                                    "float too large to pack with %s format" % code)
                        add(bits.to_bytes(itemsize, order))
                    elif code == "?":
                        add(b"\x01" if v else b"\x00")
                    elif code == "c":
                        if not isinstance(v, bytes) or len(v) != 1:
                            raise error("char format requires a bytes object of length 1")
                        add(bytes(v))
                    else:
                        add(_check_int(_index(v), spec).to_bytes(itemsize, order,
                                                                 signed=spec[0]))
                except OverflowError:
                    if isinstance(v, int):
                        raise error("int too large to convert") from None
                    raise
        return b"".join(out)

    def _unpack(self, data, pos):
        out = []
        add = out.append
        order = self._order
        frombytes = int.from_bytes
        for code, count, itemsize, spec in self._items:
            if code == "x":
                pos += count * itemsize
            elif code == "s":
                add(bytes(data[pos:pos + count]))
                pos += count
            elif code == "p":
                n = data[pos] if count else 0
                if n >= count:
                    n = count - 1 if count else 0
                add(bytes(data[pos + 1:pos + 1 + n]))
                pos += count
            elif code in _FLOATS:
                eb, mb = spec
                for _ in range(count):
                    add(_bits_float(frombytes(data[pos:pos + itemsize], order), eb, mb))
                    pos += itemsize
            elif code == "?":
                for _ in range(count):
                    add(data[pos] != 0)
                    pos += 1
            elif code == "c":
                for _ in range(count):
                    add(bytes(data[pos:pos + 1]))
                    pos += 1
            else:
                signed = spec[0]
                for _ in range(count):
                    add(frombytes(data[pos:pos + itemsize], order, signed=signed))
                    pos += itemsize
        return tuple(out)

    def pack(self, *values):
        """Return the bytes of ``values`` packed according to the format."""
        return self._pack(values, "pack")

    def pack_into(self, buffer, offset, *values):
        """Pack ``values`` into the writable ``buffer`` starting at ``offset``."""
        data = self._pack(values, "pack_into")
        _write_into(buffer, _offset(offset), data, self._size)

    def unpack(self, buffer):
        """Return a tuple of the values in ``buffer`` (which must be exactly ``size`` bytes)."""
        data = _ro_view(buffer)
        if len(data) != self._size:
            raise error("unpack requires a buffer of %d bytes" % self._size)
        return self._unpack(data, 0)

    def unpack_from(self, buffer, offset=0):
        """Return a tuple of the values in ``buffer`` starting at ``offset``."""
        data = _ro_view(buffer)
        offset = _offset(offset)
        size = self._size
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            if offset + size > 0:
                raise error("not enough data to unpack %d bytes at offset %d" % (size, offset))
            offset += n
        elif n - offset < size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                        "bytes at offset %d (actual buffer size is %d)"
                        % (size + offset, size, offset, n))
        return self._unpack(data, offset)

    def iter_unpack(self, buffer):
        """Return an iterator over the tuples unpacked from consecutive chunks of ``buffer``."""
        data = _ro_view(buffer)
        if self._size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self._size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes"
                        % self._size)
        return unpack_iterator(self, data)


class unpack_iterator:
    """The iterator made by ``iter_unpack``."""

    __module__ = "_struct"

    def __init__(self, st, data):
        self._st = st
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        st = self._st
        if st is None or self._pos >= len(self._data):
            self._st = None
            raise StopIteration
        pos = self._pos
        self._pos = pos + st._size
        return st._unpack(self._data, pos)

    def __length_hint__(self):
        if self._st is None:
            return 0
        return (len(self._data) - self._pos) // self._st._size


def _offset(offset):
    if isinstance(offset, int):
        return int(offset)
    meth = getattr(type(offset), "__index__", None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(offset).__name__)
    return meth(offset)


def _write_into(buffer, offset, data, size):
    if isinstance(buffer, bytearray):
        target = buffer
    else:
        try:
            target = memoryview(buffer)
        except TypeError:
            target = None
        if target is None or target.readonly:
            raise TypeError("argument must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        if target.format != "B" or target.ndim != 1:
            target = target.cast("B")
    n = len(target)
    if offset < 0:
        if offset + size > 0:
            raise error("no space to pack %d bytes at offset %d" % (size, offset))
        if offset + n < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, n))
        offset += n
    elif n - offset < size:
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    "offset %d (actual buffer size is %d)" % (size + offset, size, offset, n))
    target[offset:offset + size] = data


_cache = {}
_MAXCACHE = 100


def _get(fmt):
    try:
        return _cache[fmt]
    except KeyError:
        pass
    st = Struct(fmt)
    if len(_cache) >= _MAXCACHE:
        _cache.clear()
    _cache[fmt] = st
    return st


def _clearcache():
    """Clear the cache of compiled formats."""
    _cache.clear()


def calcsize(format, /):
    """Return the size in bytes of the struct described by ``format``."""
    return _get(format)._size


def pack(*args):
    """pack(format, v1, v2, ...) -> bytes of the values packed according to ``format``."""
    if not args:
        raise TypeError("missing format argument")
    return _get(args[0])._pack(args[1:], "pack")


def pack_into(*args):
    """pack_into(format, buffer, offset, v1, v2, ...): pack the values into ``buffer``."""
    if not args:
        raise TypeError("missing format argument")
    st = _get(args[0])
    if len(args) < 2:
        raise error("pack_into expected buffer argument")
    if len(args) < 3:
        raise error("pack_into expected offset argument")
    st.pack_into(*args[1:])


def unpack(*args):
    """unpack(format, buffer) -> tuple of the values in ``buffer`` (exactly calcsize bytes)."""
    if len(args) != 2:
        raise TypeError("unpack expected 2 arguments, got %d" % len(args))
    return _get(args[0]).unpack(args[1])


def unpack_from(format, /, buffer, offset=0):
    """Return a tuple of the values in ``buffer`` starting at position ``offset``."""
    return _get(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer, /):
    """Return an iterator unpacking ``buffer`` in chunks of calcsize(format) bytes."""
    return _get(format).iter_unpack(buffer)
