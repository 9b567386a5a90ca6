"""DEFLATE compression and decompression: pyrs's pure-Python ``zlib`` module.

``decompress``/``decompressobj`` are a from-scratch inflater (RFC 1951: stored, fixed and
dynamic Huffman blocks) reading zlib (RFC 1950), gzip (RFC 1952) or raw streams as ``wbits``
says, with zlib's error messages.  ``compress``/``compressobj`` write streams that every
inflater (CPython's zlib too) reads back, made with a simple compressor: greedy LZ77 matching
coded with the *fixed* Huffman codes only (level 0, and blocks that would grow, are stored),
so the output is valid but bigger than zlib's and not byte-identical to it.  ``crc32`` is
binascii's, ``adler32`` is computed here.
"""

from binascii import crc32, _crc32, _bin, _index
from heapq import heapify, heappop, heappush

__all__ = ["adler32", "crc32", "compress", "decompress", "compressobj", "decompressobj", "error"]

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
ZLIB_VERSION = "1.2.13"
ZLIB_RUNTIME_VERSION = "1.2.13"
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6


class error(Exception):
    pass


def _adler32(data, value):
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    view = memoryview(data)
    for start in range(0, len(view), 5552):
        for x in view[start:start + 5552]:
            a += x
            b += a
        a %= 65521
        b %= 65521
    return (b << 16) | a


def adler32(data, value=1, /):
    """Return the Adler-32 checksum of data, continuing from value (1 by default)."""
    return _adler32(_bin(data), _index(value) & 0xFFFFFFFF)


# ---------------------------------------------------------------------------------------------
# inflate

_LBASE = (3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99,
          115, 131, 163, 195, 227, 258)
_LEXT = (0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0)
_DBASE = (1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025,
          1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577)
_DEXT = (0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12,
         12, 13, 13)
_CLORDER = (16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15)
_WINDOW = 32768
_MAXSIZE = (1 << 63) - 1
_SPILL_AT = 1 << 18


class _DataError(Exception):
    """A corrupt stream: becomes zlib.error('Error -3 while ...: <message>')."""


def _table(lengths, what):
    """A decoding table for the canonical Huffman code with these code lengths.

    Returns (table, bits): ``table[next bits]`` is ``symbol << 4 | length`` (0 for bit patterns
    that are no code).  ``what`` names the code in the error for a bad set of lengths."""
    count = [0] * 16
    for n in lengths:
        count[n] += 1
    maxbits = 15
    while maxbits and not count[maxbits]:
        maxbits -= 1
    if maxbits == 0:
        # no codes at all: every pattern is invalid (allowed for distances)
        if what == "code lengths":
            raise _DataError("invalid code lengths set")
        return [0, 0], 1
    left = 1
    for n in range(1, 16):
        left = (left << 1) - count[n]
        if left < 0:
            raise _DataError("invalid %s set" % what)
    if left > 0 and (what == "code lengths" or maxbits != 1):
        raise _DataError("invalid %s set" % what)
    nextcode = [0] * 16
    code = 0
    for n in range(1, 16):
        code = (code + count[n - 1]) << 1
        nextcode[n] = code
    size = 1 << maxbits
    table = [0] * size
    for sym in range(len(lengths)):
        n = lengths[sym]
        if not n:
            continue
        code = nextcode[n]
        nextcode[n] = code + 1
        rev = 0
        for _ in range(n):
            rev = (rev << 1) | (code & 1)
            code >>= 1
        entry = (sym << 4) | n
        for k in range(rev, size, 1 << n):
            table[k] = entry
    return table, maxbits


_FIXED = None


def _fixed_tables():
    global _FIXED
    lit = [8] * 144 + [9] * 112 + [7] * 24 + [8] * 8
    _FIXED = (_table(lit, "literal/lengths"), _table([5] * 32, "distances"))
    return _FIXED


class _Inflater:
    """A resumable inflater: feed() input, run() to decode, take() the output."""

    def __init__(self, wbits, zdict=b""):
        if wbits < 0:
            if not 8 <= -wbits <= 15:
                raise ValueError
            self._mode = "raw"
        elif wbits == 0 or 8 <= wbits <= 15:
            self._mode = "zlib"
        elif wbits == 16 or 24 <= wbits <= 31:
            self._mode = "gzip"
        elif wbits == 32 or 40 <= wbits <= 47:
            self._mode = "auto"
        else:
            raise ValueError
        self._wbits = abs(wbits) & 15
        self._data = b""
        self._view = memoryview(b"")
        self._pos = 0
        self._bitbuf = 0
        self._bitcnt = 0
        self._state = "head" if self._mode != "raw" else "block"
        self._final = False
        self._stored_left = 0
        self._tables = None
        self._out = list(zdict[-_WINDOW:]) if zdict else []
        self._pend = len(self._out)
        self._history = len(self._out)
        self._ready = []
        self._ready_len = 0
        self._check = 0
        self._size = 0
        self._zdict = zdict
        self.eof = False

    # -- input -----------------------------------------------------------------------------

    def feed(self, data):
        if not data:
            return
        # keep the 8 bytes before the read position: the bit buffer may give some back
        cut = self._pos - 8 if self._pos > 8 else 0
        rest = self._data[cut:] if cut else self._data
        self._data = rest + data if rest else data
        self._pos -= cut
        self._view = memoryview(self._data)

    def unused(self):
        """The input after the end of the stream (once eof), whole bytes only."""
        back = self._bitcnt >> 3
        return bytes(self._view[self._pos - back:])

    def _need(self, n):
        """Make sure n bits are buffered; False if the input runs out first."""
        while self._bitcnt < n:
            if self._pos >= len(self._data):
                return False
            self._bitbuf |= self._view[self._pos] << self._bitcnt
            self._pos += 1
            self._bitcnt += 8
        return True

    def _bits(self, n):
        v = self._bitbuf & ((1 << n) - 1)
        self._bitbuf >>= n
        self._bitcnt -= n
        return v

    def _save(self):
        return (self._pos, self._bitbuf, self._bitcnt)

    def _restore(self, snap):
        self._pos, self._bitbuf, self._bitcnt = snap

    def _align(self):
        drop = self._bitcnt & 7
        self._bitbuf >>= drop
        self._bitcnt -= drop

    # -- output ----------------------------------------------------------------------------

    def _spill(self):
        """Move the pending output into the ready chunks, keeping a window of history."""
        out = self._out
        if self._pend < len(out):
            chunk = bytes(out[self._pend:])
            self._ready.append(chunk)
            self._ready_len += len(chunk)
            self._size += len(chunk)
            if self._mode == "gzip":
                self._check = _crc32(chunk, self._check)
            elif self._mode == "zlib":
                self._check = _adler32(chunk, self._check)
        if len(out) > _WINDOW:
            dropped = len(out) - _WINDOW
            out[:dropped] = []      # (faster than del under pyrs)
            self._history += dropped
        self._pend = len(out)

    def take(self, limit=-1):
        self._spill()
        data = b"".join(self._ready)
        if 0 <= limit < len(data):
            self._ready = [data[limit:]]
            self._ready_len = len(data) - limit
            return data[:limit]
        self._ready = []
        self._ready_len = 0
        return data

    def pending(self):
        return self._ready_len + len(self._out) - self._pend

    # -- the decoder -----------------------------------------------------------------------

    def run(self, limit=-1):
        """Decode as far as the input allows (or until ``limit`` bytes of output are pending).
        Returns True at the end of the stream."""
        while not self.eof:
            if 0 <= limit <= self.pending():
                return False
            state = self._state
            if state == "huff":
                if not self._huffman(limit):
                    return False
            elif state == "block":
                if not self._block_header():
                    return False
            elif state == "stored":
                if not self._stored(limit):
                    return False
            elif state == "head":
                if not self._header():
                    return False
            elif state == "trailer":
                if not self._trailer():
                    return False
        return True

    def _header(self):
        snap = self._save()
        mode = self._mode
        if mode == "auto":
            if not self._need(16):
                return False
            mode = "gzip" if (self._bitbuf & 0xFFFF) == 0x8B1F else "zlib"
            self._mode = mode
        if mode == "zlib":
            if not self._need(16):
                return False
            cmf = self._bits(8)
            flg = self._bits(8)
            if ((cmf << 8) | flg) % 31:
                raise _DataError("incorrect header check")
            if cmf & 15 != 8:
                raise _DataError("unknown compression method")
            if (cmf >> 4) + 8 > (self._wbits or 15):
                raise _DataError("invalid window size")
            if flg & 0x20:
                if not self._need(32):
                    self._restore(snap)
                    return False
                dictid = 0
                for _ in range(4):
                    dictid = (dictid << 8) | self._bits(8)
                if not self._zdict:
                    raise error("Error 2 while decompressing data")
                if dictid != _adler32(self._zdict, 1):
                    raise error("Error -3 while setting zdict: invalid input data")
            self._check = 1
        else:
            if not self._need(80):
                self._restore(snap)
                return False
            if self._bits(16) != 0x8B1F:
                raise _DataError("incorrect header check")
            if self._bits(8) != 8:
                raise _DataError("unknown compression method")
            flags = self._bits(8)
            if flags & 0xE0:
                raise _DataError("unknown header flags set")
            self._bits(32)
            self._bits(16)
            if flags & 4:
                if not self._need(16):
                    self._restore(snap)
                    return False
                n = self._bits(16)
                for _ in range(n):
                    if not self._need(8):
                        self._restore(snap)
                        return False
                    self._bits(8)
            for flag in (8, 16):
                if flags & flag:
                    while True:
                        if not self._need(8):
                            self._restore(snap)
                            return False
                        if self._bits(8) == 0:
                            break
            if flags & 2:
                if not self._need(16):
                    self._restore(snap)
                    return False
                self._bits(16)
            self._check = 0
        self._state = "block"
        return True

    def _block_header(self):
        if self._final:
            self._spill()
            self._align()
            self._state = "trailer" if self._mode != "raw" else "end"
            if self._mode == "raw":
                self.eof = True
            return True
        snap = self._save()
        if not self._need(3):
            return False
        self._final = bool(self._bits(1))
        kind = self._bits(2)
        if kind == 0:
            self._align()
            if not self._need(32):
                self._restore(snap)
                self._final = False
                return False
            length = self._bits(16)
            if length != (~self._bits(16)) & 0xFFFF:
                raise _DataError("invalid stored block lengths")
            # give back the whole bytes still in the bit buffer: the data is read bytewise
            self._pos -= self._bitcnt >> 3
            self._bitbuf = 0
            self._bitcnt = 0
            self._stored_left = length
            self._state = "stored"
        elif kind == 1:
            self._tables = _FIXED or _fixed_tables()
            self._state = "huff"
        elif kind == 2:
            try:
                tables = self._dynamic_header()
            except _NeedInput:
                self._restore(snap)
                self._final = False
                return False
            self._tables = tables
            self._state = "huff"
        else:
            raise _DataError("invalid block type")
        return True

    def _dynamic_header(self):
        need = self._need
        bits = self._bits
        if not need(14):
            raise _NeedInput
        nlen = bits(5) + 257
        ndist = bits(5) + 1
        ncode = bits(4) + 4
        if nlen > 286 or ndist > 30:
            raise _DataError("too many length or distance symbols")
        cl = [0] * 19
        for i in range(ncode):
            if not need(3):
                raise _NeedInput
            cl[_CLORDER[i]] = bits(3)
        ctable, cbits = _table(cl, "code lengths")
        cmask = (1 << cbits) - 1
        lengths = []
        total = nlen + ndist
        while len(lengths) < total:
            # a code-length code is at most 7 bits, its extra bits at most 7
            if not need(cbits):
                if not need(1):
                    raise _NeedInput
            entry = ctable[self._bitbuf & cmask]
            n = entry & 15
            if n == 0 or n > self._bitcnt:
                if n == 0:
                    raise _DataError("invalid code lengths set")
                raise _NeedInput
            bits(n)
            sym = entry >> 4
            if sym < 16:
                lengths.append(sym)
                continue
            if sym == 16:
                if not lengths:
                    raise _DataError("invalid bit length repeat")
                if not need(2):
                    raise _NeedInput
                value = lengths[-1]
                repeat = 3 + bits(2)
            elif sym == 17:
                if not need(3):
                    raise _NeedInput
                value = 0
                repeat = 3 + bits(3)
            else:
                if not need(7):
                    raise _NeedInput
                value = 0
                repeat = 11 + bits(7)
            if len(lengths) + repeat > total:
                raise _DataError("invalid bit length repeat")
            lengths.extend([value] * repeat)
        if lengths[256] == 0:
            raise _DataError("invalid code -- missing end-of-block")
        lit = _table(lengths[:nlen], "literal/lengths")
        dist = _table(lengths[nlen:], "distances")
        return lit, dist

    def _stored(self, limit):
        left = self._stored_left
        avail = len(self._data) - self._pos
        n = left if left <= avail else avail
        if limit >= 0:
            room = limit - self.pending()
            if room < n:
                n = room if room > 0 else 0
        if n:
            self._out.extend(self._view[self._pos:self._pos + n])
            self._pos += n
            left -= n
            self._stored_left = left
            if len(self._out) - self._pend > _SPILL_AT:
                self._spill()
        if left == 0:
            self._state = "block"
            return True
        return False

    def _trailer(self):
        snap = self._save()
        if self._mode == "zlib":
            if not self._need(32):
                return False
            value = 0
            for _ in range(4):
                value = (value << 8) | self._bits(8)
            if value != self._check:
                raise _DataError("incorrect data check")
        else:
            if not self._need(64):
                self._restore(snap)
                return False
            if self._bits(32) != self._check:
                raise _DataError("incorrect data check")
            if self._bits(32) != self._size & 0xFFFFFFFF:
                raise _DataError("incorrect length check")
        self._state = "end"
        self.eof = True
        return True

    def _huffman(self, limit):
        """Decode symbols of the current Huffman block.  True at the end of the block;
        False when the input runs out (or the output limit is reached) between symbols."""
        (ltable, lbits), (dtable, dbits) = self._tables
        lmask = (1 << lbits) - 1
        dmask = (1 << dbits) - 1
        view = self._view
        n = len(view)
        pos = self._pos
        bitbuf = self._bitbuf
        bitcnt = self._bitcnt
        out = self._out
        append = out.append
        frombytes = int.from_bytes
        lbase = _LBASE
        lext = _LEXT
        dbase = _DBASE
        dext = _DEXT
        stop = self._pend + limit - self._ready_len if limit >= 0 else -1
        done = False
        while True:
            if bitcnt < 48 and pos < n:
                k = (63 - bitcnt) >> 3
                if pos + k > n:
                    k = n - pos
                bitbuf |= frombytes(view[pos:pos + k], "little") << bitcnt
                pos += k
                bitcnt += k << 3
            entry = ltable[bitbuf & lmask]
            ln = entry & 15
            if ln == 0:
                if pos >= n and bitcnt < lbits:
                    break       # perhaps a valid code whose bits have not arrived yet
                raise _DataError("invalid literal/length code")
            if ln > bitcnt:
                break
            sym = entry >> 4
            if sym < 256:
                bitbuf >>= ln
                bitcnt -= ln
                append(sym)
                if len(out) == stop:
                    break
                continue
            if sym == 256:
                bitbuf >>= ln
                bitcnt -= ln
                done = True
                break
            sym -= 257
            if sym >= 29:
                raise _DataError("invalid literal/length code")
            eb = lext[sym]
            used = ln + eb
            if used > bitcnt:
                break
            length = lbase[sym] + ((bitbuf >> ln) & ((1 << eb) - 1))
            dentry = dtable[(bitbuf >> used) & dmask]
            dn = dentry & 15
            if dn == 0:
                if pos >= n and bitcnt - used < dbits:
                    break
                raise _DataError("invalid distance code")
            dsym = dentry >> 4
            if dsym >= 30:
                raise _DataError("invalid distance code")
            used += dn
            deb = dext[dsym]
            if used + deb > bitcnt:
                break
            dist = dbase[dsym] + ((bitbuf >> used) & ((1 << deb) - 1))
            used += deb
            bitbuf >>= used
            bitcnt -= used
            start = len(out) - dist
            if start < 0:
                raise _DataError("invalid distance too far back")
            for i in range(start, start + length):
                append(out[i])
            if len(out) - self._pend > _SPILL_AT:
                self._pos = pos
                self._spill()
                if stop >= 0:
                    stop = self._pend + limit - self._ready_len
            if 0 <= stop <= len(out):
                break
        self._pos = pos
        self._bitbuf = bitbuf
        self._bitcnt = bitcnt
        if done:
            self._state = "block"
        return done


class _NeedInput(Exception):
    pass


def _new_inflater(wbits, zdict=b""):
    try:
        return _Inflater(wbits, zdict)
    except ValueError:
        return None


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """Return the bytes of the compressed ``data`` (a zlib stream by default; raw deflate
    for ``wbits`` -8..-15, gzip for 24..31, either zlib or gzip for 40..47)."""
    data = _bin(data)
    wbits = _index(wbits)
    bufsize = _index(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    if bufsize > _MAXSIZE:
        raise OverflowError("Python int too large to convert to C ssize_t")
    inf = _new_inflater(wbits)
    if inf is None:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state")
    inf.feed(data)
    try:
        finished = inf.run()
    except _DataError as e:
        raise error("Error -3 while decompressing data: %s" % e) from None
    if not finished:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return inf.take()


class Decompress:
    """The object made by ``decompressobj``: decompresses a stream given in pieces."""

    __module__ = "zlib"

    def __new__(cls, *args, **kwargs):
        if not args or args[0] is not _TOKEN:
            raise TypeError("cannot create 'zlib.Decompress' instances")
        return object.__new__(cls)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'zlib.Decompress' object")

    def __init__(self, _token, wbits, zdict):
        self._wbits = wbits
        self._zdict = zdict
        self._inf = _new_inflater(wbits, zdict)
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False
        self._ended = False

    def decompress(self, data, /, max_length=0):
        """Return as much decompressed data as possible (at most ``max_length`` bytes if it is
        not 0; the input not consumed then goes to ``unconsumed_tail``)."""
        data = _bin(data)
        max_length = _index(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if max_length > _MAXSIZE:
            raise OverflowError("Python int too large to convert to C ssize_t")
        inf = self._inf
        limit = max_length if max_length else -1
        if self._ended:
            self.unused_data += data
        else:
            inf.feed(data)
            try:
                inf.run(limit)
            except _DataError as e:
                raise error("Error -3 while decompressing data: %s" % e) from None
        full = max_length and inf.pending() >= max_length
        result = inf.take(limit)
        if inf.eof:
            self._stream_ended()
        elif full:
            # keep the input not read yet as the unconsumed tail (the caller passes it back);
            # the whole bytes in the bit buffer go back there too
            back = inf._bitcnt >> 3
            inf._pos -= back
            inf._bitcnt -= back << 3
            inf._bitbuf &= (1 << inf._bitcnt) - 1
            self.unconsumed_tail = bytes(inf._view[inf._pos:])
            inf._data = bytes(inf._view[:inf._pos])
            inf._view = memoryview(inf._data)
        else:
            self.unconsumed_tail = b""
        return result

    def _stream_ended(self):
        inf = self._inf
        if not self._ended:
            self._ended = True
            self.unused_data = inf.unused()
            self.unconsumed_tail = b""
            inf._data = b""
            inf._view = memoryview(b"")
            inf._pos = 0
            inf._bitcnt = 0
        # like zlib's, ``eof`` is set once all the output has been returned
        self.eof = not inf.pending()

    def flush(self, length=DEF_BUF_SIZE, /):
        """Return the rest of the decompressed data (of the input given so far)."""
        length = _index(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if length > _MAXSIZE:
            raise OverflowError("Python int too large to convert to C ssize_t")
        inf = self._inf
        if self.unconsumed_tail:
            inf.feed(self.unconsumed_tail)
            self.unconsumed_tail = b""
        if not self._ended:
            try:
                inf.run()
            except _DataError as e:
                raise error("Error -3 while decompressing data: %s" % e) from None
        result = inf.take()
        if inf.eof:
            self._stream_ended()
        return result


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    """Return a Decompress object, for decompressing a stream given in pieces."""
    wbits = _index(wbits)
    if zdict:
        zdict = _bin(zdict)
    if _new_inflater(wbits) is None:
        raise ValueError("Invalid initialization option")
    return Decompress(_TOKEN, wbits, zdict)


# ---------------------------------------------------------------------------------------------
# compression: greedy LZ77 matching (hash chains of 3-byte strings, searched deeper at higher
# levels); each block is written with whichever is smallest of the fixed Huffman codes, codes
# made for the block (dynamic) or no compression (stored)

_ENC = None


def _reverse(code, n):
    rev = 0
    for _ in range(n):
        rev = (rev << 1) | (code & 1)
        code >>= 1
    return rev


def _encoder_tables():
    """(literal codes, length codes, distance codes): (bits, count) pairs, the bits already
    reversed for writing least significant bit first, extra bits included."""
    global _ENC
    lit = []
    for sym in range(288):
        if sym < 144:
            code, n = 0x30 + sym, 8
        elif sym < 256:
            code, n = 0x190 + sym - 144, 9
        elif sym < 280:
            code, n = sym - 256, 7
        else:
            code, n = 0xC0 + sym - 280, 8
        lit.append((_reverse(code, n), n))
    lengths = [None] * 259
    for k in range(29):
        bits, n = lit[257 + k]
        eb = _LEXT[k]
        for extra in range(1 << eb):
            length = _LBASE[k] + extra
            if length <= 258:
                lengths[length] = (bits | (extra << n), n + eb)
    dists = [None] * 32769
    for k in range(30):
        bits = _reverse(k, 5)
        eb = _DEXT[k]
        base = _DBASE[k]
        for extra in range(1 << eb):
            dists[base + extra] = (bits | (extra << 5), 5 + eb)
    # for dynamic blocks: length -> (symbol, extra value, extra bits); likewise distances
    len_sym = [None] * 259
    for k in range(29):
        for extra in range(1 << _LEXT[k]):
            length = _LBASE[k] + extra
            if length <= 258:
                len_sym[length] = (257 + k, extra, _LEXT[k])
    dist_sym = [None] * 32769
    for k in range(30):
        for extra in range(1 << _DEXT[k]):
            dist_sym[_DBASE[k] + extra] = (k, extra, _DEXT[k])
    _ENC = (lit, lengths, dists, len_sym, dist_sym)
    return _ENC


def _code_lengths(freqs, limit):
    """Huffman code lengths (at most ``limit`` bits) for symbols with these frequencies; at
    least two symbols must be used.  Frequencies are halved until the lengths fit."""
    while True:
        heap = []
        order = 0
        for sym, f in enumerate(freqs):
            if f:
                heap.append((f, order, sym))
                order += 1
        heapify(heap)
        children = {}
        node = len(freqs)
        while len(heap) > 1:
            f1, _o1, a = heappop(heap)
            f2, _o2, b = heappop(heap)
            children[node] = (a, b)
            heappush(heap, (f1 + f2, order, node))
            order += 1
            node += 1
        lengths = [0] * len(freqs)
        stack = [(heap[0][2], 0)]
        deepest = 0
        while stack:
            n, depth = stack.pop()
            pair = children.get(n)
            if pair is None:
                lengths[n] = depth
                if depth > deepest:
                    deepest = depth
            else:
                stack.append((pair[0], depth + 1))
                stack.append((pair[1], depth + 1))
        if deepest <= limit:
            return lengths
        freqs = [(f + 1) >> 1 for f in freqs]


def _canonical(lengths):
    """The codes (reversed for writing) of a canonical Huffman code with these lengths."""
    count = [0] * 16
    for n in lengths:
        count[n] += 1
    count[0] = 0
    nextcode = [0] * 16
    code = 0
    for n in range(1, 16):
        code = (code + count[n - 1]) << 1
        nextcode[n] = code
    codes = [0] * len(lengths)
    for sym, n in enumerate(lengths):
        if n:
            codes[sym] = _reverse(nextcode[n], n)
            nextcode[n] += 1
    return codes


def _run_lengths(lengths):
    """The code-length alphabet sequence (symbol, extra value, extra bits) for ``lengths``."""
    out = []
    n = len(lengths)
    i = 0
    while i < n:
        v = lengths[i]
        run = 1
        while i + run < n and lengths[i + run] == v:
            run += 1
        i += run
        if v == 0:
            while run >= 11:
                k = run if run < 138 else 138
                out.append((18, k - 11, 7))
                run -= k
            if run >= 3:
                out.append((17, run - 3, 3))
                run = 0
        else:
            out.append((v, 0, 0))
            run -= 1
            while run >= 3:
                k = run if run < 6 else 6
                out.append((16, k - 3, 2))
                run -= k
        for _ in range(run):
            out.append((v, 0, 0))
    return out


def _dynamic_header(lfreq, dfreq, final):
    """(header bits, literal/length code lengths, distance code lengths, header pieces)
    of a dynamic block for these symbol frequencies."""
    lfreq = list(lfreq)
    dfreq = list(dfreq)
    # keep every code complete: at least two symbols in each
    if sum(1 for f in lfreq if f) < 2:
        lfreq[0] = lfreq[0] or 1
    used = sum(1 for f in dfreq if f)
    if used < 2:
        dfreq[0] = dfreq[0] or 1
        dfreq[1] = dfreq[1] or 1
    llens = _code_lengths(lfreq, 15)
    dlens = _code_lengths(dfreq, 15)
    nlit = 286
    while nlit > 257 and llens[nlit - 1] == 0:
        nlit -= 1
    ndist = 30
    while ndist > 1 and dlens[ndist - 1] == 0:
        ndist -= 1
    runs = _run_lengths(llens[:nlit] + dlens[:ndist])
    cfreq = [0] * 19
    for sym, _v, _n in runs:
        cfreq[sym] += 1
    if sum(1 for f in cfreq if f) < 2:
        cfreq[0 if not cfreq[0] else 1] += 1
    clens = _code_lengths(cfreq, 7)
    ccodes = _canonical(clens)
    ncode = 19
    while ncode > 4 and clens[_CLORDER[ncode - 1]] == 0:
        ncode -= 1
    header = [(1 if final else 0, 1), (2, 2), (nlit - 257, 5), (ndist - 1, 5),
              (ncode - 4, 4)]
    for i in range(ncode):
        header.append((clens[_CLORDER[i]], 3))
    for sym, value, n in runs:
        header.append((ccodes[sym], clens[sym]))
        if n:
            header.append((value, n))
    bits = sum(n for _v, n in header)
    return bits, llens, dlens, header


class _Deflater:
    """A deflate encoder keeping its bit buffer and 32K of history between calls."""

    def __init__(self, level, zdict=b""):
        self.level = 6 if level < 0 else level
        self.acc = 0
        self.nbits = 0
        self.out = bytearray()
        self.head = {}
        self.prev = [None] * 32768      # previous position with the same 3 bytes, by pos % 32K
        # a preset dictionary is history the data can refer to (stream offsets below 0)
        window = bytes(zdict[-32768:])
        self.window = window
        self.base = -len(window)
        head = self.head
        prev = self.prev
        for k in range(len(window) - 2):
            key = (window[k] << 16) | (window[k + 1] << 8) | window[k + 2]
            pos = k - len(window)
            prev[pos & 32767] = head.get(key)
            head[key] = pos

    def _put(self, value, n):
        self.acc |= value << self.nbits
        self.nbits += n
        while self.nbits >= 8:
            self.out.append(self.acc & 0xFF)
            self.acc >>= 8
            self.nbits -= 8

    def _align(self):
        if self.nbits:
            self._put(0, 8 - self.nbits)

    def _stored(self, data, final):
        self._put(1 if final else 0, 1)
        self._put(0, 2)
        self._align()
        n = len(data)
        self.out += bytes((n & 0xFF, n >> 8, (~n) & 0xFF, ((~n) >> 8) & 0xFF))
        self.out += data

    def write(self, data, final):
        """Compress ``data`` as blocks (the last one final when ``final``)."""
        view = memoryview(data)
        n = len(data)
        if n == 0:
            if final and self.level == 0:
                self._stored(b"", True)
            elif final:
                self._put(3, 3)     # a final fixed block holding only the end-of-block code
                self._put(0, 7)
            return
        for start in range(0, n, 65535):
            chunk = bytes(view[start:start + 65535])
            last = final and start + 65535 >= n
            if self.level == 0:
                self._stored(chunk, last)
            else:
                self._block(chunk, last)

    def _block(self, chunk, final):
        lit, lengths, dists, len_sym, dist_sym = _ENC or _encoder_tables()
        window = self.window
        data = list(window + chunk)
        base = self.base
        begin = len(window)
        end = len(data)
        limit = end - 2
        head = self.head
        prev = self.prev
        level = self.level
        insert_all = level >= 4
        max_chain = 4 if level < 4 else (32 if level < 7 else 256)
        tokens = []
        add = tokens.append
        cost = 10                       # block header and end-of-block code
        i = begin
        while i < end:
            if i < limit:
                key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
                here = base + i
                j = head.get(key)
                head[key] = here
                prev[here & 32767] = j
                best = 2
                best_dist = 0
                most = end - i
                if most > 258:
                    most = 258
                chain = max_chain
                while j is not None and here - j <= 32768 and j >= base:
                    jj = j - base
                    if best < most and data[jj + best] == data[i + best]:
                        length = 0
                        while length < most and data[i + length] == data[jj + length]:
                            length += 1
                        if length > best:
                            best = length
                            best_dist = here - j
                            if length >= most:
                                break
                    chain -= 1
                    if chain == 0:
                        break
                    older = prev[j & 32767]
                    if older is None or older >= j:
                        break
                    j = older
                if best >= 3:
                    add((best << 16) | best_dist)
                    cost += lengths[best][1] + dists[best_dist][1]
                    if insert_all:
                        stop = i + best
                        if stop > limit:
                            stop = limit
                        for k in range(i + 1, stop):
                            key = (data[k] << 16) | (data[k + 1] << 8) | data[k + 2]
                            pos = base + k
                            prev[pos & 32767] = head.get(key)
                            head[key] = pos
                    i += best
                    continue
            c = data[i]
            add(c)
            cost += 8 if c < 144 else 9
            i += 1
        keep = window + chunk
        if len(keep) > 32768:
            cut = len(keep) - 32768
            keep = keep[cut:]
            self.base = base + cut
        self.window = keep
        # the cheapest of stored, fixed and dynamic Huffman codes
        lfreq = [0] * 286
        dfreq = [0] * 30
        extra_bits = 0
        for t in tokens:
            if t < 256:
                lfreq[t] += 1
            else:
                ls = len_sym[t >> 16]
                ds = dist_sym[t & 0xFFFF]
                lfreq[ls[0]] += 1
                dfreq[ds[0]] += 1
                extra_bits += ls[2] + ds[2]
        lfreq[256] = 1
        dynamic = _dynamic_header(lfreq, dfreq, final)
        dyn_cost = dynamic[0] + extra_bits + sum(
            [f * n for f, n in zip(lfreq, dynamic[1])]) + sum([f * n for f, n in zip(dfreq, dynamic[2])])
        stored_cost = 8 * (len(chunk) + 5) + 10
        if stored_cost <= cost and stored_cost <= dyn_cost:
            self._stored(chunk, final)
            return
        if dyn_cost < cost:
            _bits, llens, dlens, header = dynamic
            for value, n in header:
                self._put(value, n)
            lcodes = _canonical(llens)
            dcodes = _canonical(dlens)
            lit = [(lcodes[sym], llens[sym]) for sym in range(286)]
            lengths = [None] * 259
            for length in range(3, 259):
                sym, extra, eb = len_sym[length]
                lengths[length] = (lit[sym][0] | (extra << lit[sym][1]), lit[sym][1] + eb)
            dcache = {}

            def dist_code(d):
                sym, extra, eb = dist_sym[d]
                return (dcodes[sym] | (extra << dlens[sym]), dlens[sym] + eb)
        else:
            self._put(3 if final else 2, 3)
            dcache = None
        acc = self.acc
        nbits = self.nbits
        out = self.out
        for t in tokens:
            if t < 256:
                bits, n = lit[t]
            else:
                bits, n = lengths[t >> 16]
                d = t & 0xFFFF
                if dcache is None:
                    dbits, dn = dists[d]
                else:
                    code = dcache.get(d)
                    if code is None:
                        code = dcache[d] = dist_code(d)
                    dbits, dn = code
                bits |= dbits << n
                n += dn
            acc |= bits << nbits
            nbits += n
            if nbits >= 32:
                out += (acc & 0xFFFFFFFF).to_bytes(4, "little")
                acc >>= 32
                nbits -= 32
        self.acc = acc
        self.nbits = nbits
        eob_bits, eob_n = lit[256]
        self._put(eob_bits, eob_n)      # end of block

    def sync(self):
        """An empty stored block: the output so far becomes decodable and byte-aligned."""
        self._stored(b"", False)

    def finish(self):
        self._align()

    def take(self):
        data = bytes(self.out)
        self.out = bytearray()
        return data


def _deflate(data, level):
    d = _Deflater(level)
    d.write(data, True)
    d.finish()
    return d.take()


def _zlib_header(level, wbits, zdict=b""):
    cinfo = (wbits if wbits > 8 else 9) - 8
    cmf = (cinfo << 4) | 8
    if level in (0, 1):
        flevel = 0
    elif 2 <= level <= 5:
        flevel = 1
    elif level == 6 or level == -1:
        flevel = 2
    else:
        flevel = 3
    flg = (flevel << 6) | (0x20 if zdict else 0)
    flg += 31 - ((cmf << 8) | flg) % 31
    if zdict:
        return bytes((cmf, flg)) + _adler32(zdict, 1).to_bytes(4, "big")
    return bytes((cmf, flg))


def _gzip_header(level):
    # no name, no time; the "extra flags" byte says best (2) or fastest (4) compression
    xfl = 2 if level == 9 else (4 if 0 <= level < 2 else 0)
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00" + bytes((xfl, 3))


def _check_params(level, wbits):
    if not -1 <= level <= 9:
        return False
    return 9 <= -wbits <= 15 or -wbits == 8 or 8 <= wbits <= 15 or 24 <= wbits <= 31


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """Return a zlib (or raw, or gzip, as ``wbits`` says) stream of ``data``.

    This implementation writes stored (uncompressed) deflate blocks only."""
    data = _bin(data)
    level = _index(level)
    wbits = _index(wbits)
    if not _check_params(level, wbits):
        raise error("Bad compression level")
    body = _deflate(data, level)
    if wbits < 0:
        return body
    if wbits > 15:
        trailer = (_crc32(data, 0).to_bytes(4, "little")
                   + (len(data) & 0xFFFFFFFF).to_bytes(4, "little"))
        return _gzip_header(level) + body + trailer
    return _zlib_header(level, wbits) + body + _adler32(data, 1).to_bytes(4, "big")


_TOKEN = object()


class Compress:
    """The object made by ``compressobj``: compresses data given in pieces."""

    __module__ = "zlib"

    def __new__(cls, *args, **kwargs):
        if not args or args[0] is not _TOKEN:
            raise TypeError("cannot create 'zlib.Compress' instances")
        return object.__new__(cls)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'zlib.Compress' object")

    def __init__(self, _token, level, wbits, zdict=b""):
        self._level = level
        self._wbits = wbits
        self._zdict = zdict
        self._deflater = _Deflater(level, zdict)
        self._buf = []
        self._buflen = 0
        self._started = False
        self._finished = False
        self._check = 1 if 0 < wbits <= 15 else 0
        self._size = 0

    def _start(self):
        if self._started:
            return b""
        self._started = True
        if self._wbits < 0:
            return b""
        if self._wbits > 15:
            return _gzip_header(self._level)
        return _zlib_header(self._level, self._wbits, self._zdict)

    def compress(self, data, /):
        """Return compressed data for ``data`` (some may stay buffered until flush())."""
        data = _bin(data)
        if self._finished:
            raise error("Error -2 while compressing data: inconsistent stream state")
        head = self._start()
        if self._wbits > 15:
            self._check = _crc32(data, self._check)
        elif self._wbits > 0:
            self._check = _adler32(data, self._check)
        self._size += len(data)
        self._buf.append(data)
        self._buflen += len(data)
        if self._buflen < 65535:
            return head
        pending = b"".join(self._buf)
        full = len(pending) - len(pending) % 65535
        self._buf = [pending[full:]]
        self._buflen = len(pending) - full
        self._deflater.write(pending[:full], False)
        return head + self._deflater.take()

    def flush(self, mode=Z_FINISH, /):
        """Return the buffered data; Z_FINISH ends the stream, Z_SYNC_FLUSH/Z_FULL_FLUSH
        align it to a byte boundary, Z_NO_FLUSH does nothing."""
        mode = _index(mode)
        if mode == Z_NO_FLUSH:
            return b""
        if self._finished:
            raise error("Error -2 while flushing: inconsistent stream state")
        head = self._start()
        pending = b"".join(self._buf)
        self._buf = []
        self._buflen = 0
        deflater = self._deflater
        if mode == Z_FINISH:
            self._finished = True
            deflater.write(pending, True)
            deflater.finish()
            body = deflater.take()
            if self._wbits < 0:
                return head + body
            if self._wbits > 15:
                return head + body + self._check.to_bytes(4, "little") \
                    + (self._size & 0xFFFFFFFF).to_bytes(4, "little")
            return head + body + self._check.to_bytes(4, "big")
        if pending:
            deflater.write(pending, False)
        deflater.sync()
        return head + deflater.take()


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    """Return a Compress object, for compressing data given in pieces."""
    level = _index(level)
    wbits = _index(wbits)
    if method != DEFLATED or not 1 <= memLevel <= 9 or not _check_params(level, wbits):
        raise ValueError("Invalid initialization option")
    if zdict is not None:
        zdict = _bin(zdict)
    return Compress(_TOKEN, level, wbits, zdict or b"")
