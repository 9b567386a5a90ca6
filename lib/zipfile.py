"""Read and write ZIP archives: pyrs's pure-Python ``zipfile`` module (a useful subset).

``ZipFile`` reads and writes archives (modes 'r', 'w', 'x', 'a'; a file name, a path-like
object or a binary file object), with ZIP_STORED and ZIP_DEFLATED members (deflate through this
library's pure-Python ``zlib``: deflated members are a little bigger than CPython's), ZIP64 end
records and extra fields, traditional PKWARE decryption (``pwd``), and archives with data
before them (a shebang line, as ``zipapp`` writes).  Stored members are written byte for byte
as CPython writes them.  ``ZipInfo``, ``is_zipfile``, ``BadZipFile`` and ``LargeZipFile`` are
as in CPython; members are read whole when first read.

Not implemented: bzip2 and LZMA members, ``zipfile.Path``, ``PyZipFile`` and the command line.
Without ``os.stat`` (pyrs has none yet) ``ZipFile.write`` records a file's mode as 0o644 (0o755
for directories); without ``time.localtime`` times are taken as local = UTC - ``time.timezone``.
"""

import binascii
import os
import struct
import sys
import time

__all__ = ["BadZipFile", "BadZipfile", "error", "ZIP_STORED", "ZIP_DEFLATED", "ZIP_BZIP2",
           "ZIP_LZMA", "is_zipfile", "ZipInfo", "ZipFile", "LargeZipFile"]


class BadZipFile(Exception):
    pass


class LargeZipFile(Exception):
    """Raised when writing a zipfile would need ZIP64 extensions that are not allowed."""


error = BadZipfile = BadZipFile

ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14

DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63

# the record layouts of the ZIP format (PKWARE's APPNOTE)
structEndArchive = "<4s4H2LH"
stringEndArchive = b"PK\005\006"
sizeEndCentDir = struct.calcsize(structEndArchive)
structCentralDir = "<4s4B4HL2L5H2L"
stringCentralDir = b"PK\001\002"
sizeCentralDir = struct.calcsize(structCentralDir)
structFileHeader = "<4s2B4HL2L2H"
stringFileHeader = b"PK\003\004"
sizeFileHeader = struct.calcsize(structFileHeader)
structEndArchive64Locator = "<4sLQL"
stringEndArchive64Locator = b"PK\x06\x07"
sizeEndCentDir64Locator = struct.calcsize(structEndArchive64Locator)
structEndArchive64 = "<4sQ2H2L4Q"
stringEndArchive64 = b"PK\x06\x06"
sizeEndCentDir64 = struct.calcsize(structEndArchive64)

compressor_names = {
    0: "store", 1: "shrink", 2: "reduce", 3: "reduce", 4: "reduce", 5: "reduce",
    6: "implode", 7: "tokenize", 8: "deflate", 9: "deflate64", 10: "implode", 12: "bzip2",
    14: "lzma", 18: "terse", 19: "lz77", 97: "wavpack", 98: "ppmd",
}

_UTF8_FLAG = 0x800
# general purpose flag bits
_MASK_ENCRYPTED = 1 << 0
_MASK_COMPRESS_OPTION_1 = 1 << 1
_MASK_USE_DATA_DESCRIPTOR = 1 << 3
_MASK_COMPRESSED_PATCH = 1 << 5
_MASK_STRONG_ENCRYPTION = 1 << 6
_MASK_UTF_FILENAME = 1 << 11

# IBM code page 437 for bytes 0x80-0xFF: names without the UTF-8 flag are read with it
_CP437_HIGH = (
    "\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef\xee\xec\xc4\xc5"
    "\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192"
    "\xe1\xed\xf3\xfa\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb"
    "\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557\u255d\u255c\u255b\u2510"
    "\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567"
    "\u2568\u2564\u2565\u2559\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580"
    "\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4\u221e\u03c6\u03b5\u2229"
    "\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0"
)


def _decode_name(raw, flags, encoding):
    if flags & _UTF8_FLAG:
        return raw.decode("utf-8")
    if encoding:
        return raw.decode(encoding)
    try:
        return raw.decode("ascii")
    except UnicodeDecodeError:
        return "".join([chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw])


def _localtime(seconds):
    """(year, month, day, hour, minute, second) of a timestamp in local time."""
    if hasattr(time, "localtime"):
        return tuple(time.localtime(seconds))[:6]
    t = int(seconds) - time.timezone
    days, rem = divmod(t, 86400)
    hour, rem = divmod(rem, 3600)
    minute, second = divmod(rem, 60)
    # days since 1970-01-01 -> civil date (proleptic Gregorian), counting eras from 0000-03-01
    z = days + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    year = yoe + era * 400 + (1 if month <= 2 else 0)
    return (year, month, day, hour, minute, second)


_FILETYPE_CHARS = ((0o140000, "s"), (0o120000, "l"), (0o100000, "-"), (0o060000, "b"),
                   (0o040000, "d"), (0o020000, "c"), (0o010000, "p"))


def _filemode(mode):
    """'-rwxr-xr-x'-style text of a mode (as stat.filemode)."""
    kind = "?"
    for bits, ch in _FILETYPE_CHARS:
        if mode & 0o170000 == bits:
            kind = ch
            break
    chars = [kind]
    for shift, special, on, off in ((6, 0o4000, "s", "S"), (3, 0o2000, "s", "S"),
                                    (0, 0o1000, "t", "T")):
        part = (mode >> shift) & 7
        chars.append("r" if part & 4 else "-")
        chars.append("w" if part & 2 else "-")
        if mode & special:
            chars.append(on if part & 1 else off)
        else:
            chars.append("x" if part & 1 else "-")
    return "".join(chars)


def _check_compression(compression):
    if compression in (ZIP_STORED, ZIP_DEFLATED):
        return
    if compression == ZIP_BZIP2:
        raise RuntimeError("Compression requires the (missing) bz2 module")
    if compression == ZIP_LZMA:
        raise RuntimeError("Compression requires the (missing) lzma module")
    raise NotImplementedError("That compression method is not supported")


def _strip_extra(extra, ids):
    """``extra`` without its fields whose id is in ``ids``."""
    out = []
    i = 0
    while i + 4 <= len(extra):
        tp, ln = struct.unpack("<HH", extra[i:i + 4])
        j = i + 4 + ln
        if tp not in ids:
            out.append(extra[i:j])
        i = j
    out.append(extra[i:])       # up to 3 bytes too short to be a field pass through
    return b"".join(out)


class ZipInfo:
    """Information about one member of a ZIP archive."""

    def __init__(self, filename="NoName", date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        nul = filename.find("\x00")
        if nul >= 0:
            filename = filename[:nul]
        if os.sep != "/" and os.sep in filename:
            filename = filename.replace(os.sep, "/")
        self.filename = filename
        self.date_time = date_time
        if date_time[0] < 1980:
            raise ValueError("ZIP does not support timestamps before 1980")
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b""
        self.extra = b""
        self.create_system = 0 if sys.platform == "win32" else 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.compress_size = 0
        self.file_size = 0
        self.header_offset = 0
        self.CRC = 0

    def __repr__(self):
        parts = ["<%s filename=%r" % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            parts.append(" compress_type=%s"
                         % compressor_names.get(self.compress_type, self.compress_type))
        hi = self.external_attr >> 16
        lo = self.external_attr & 0xFFFF
        if hi:
            parts.append(" filemode=%r" % _filemode(hi))
        if lo:
            parts.append(" external_attr=%#x" % lo)
        isdir = self.is_dir()
        if not isdir or self.file_size:
            parts.append(" file_size=%r" % self.file_size)
        if ((not isdir or self.compress_size) and
                (self.compress_type != ZIP_STORED or self.file_size != self.compress_size)):
            parts.append(" compress_size=%r" % self.compress_size)
        parts.append(">")
        return "".join(parts)

    def is_dir(self):
        """True if this member is a directory (its name ends with '/')."""
        return self.filename.endswith("/")

    def _dos_date_time(self):
        dt = self.date_time
        dosdate = ((dt[0] - 1980) << 9) | (dt[1] << 5) | dt[2]
        dostime = (dt[3] << 11) | (dt[4] << 5) | (dt[5] // 2)
        return dosdate, dostime

    def _encodeFilenameFlags(self):
        try:
            return self.filename.encode("ascii"), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode("utf-8"), self.flag_bits | _UTF8_FLAG

    def FileHeader(self, zip64=None):
        """The local file header of this member, as bytes."""
        dosdate, dostime = self._dos_date_time()
        if self.flag_bits & 0x08:
            crc = compress_size = file_size = 0
        else:
            crc = self.CRC
            compress_size = self.compress_size
            file_size = self.file_size
        extra = self.extra
        min_version = 0
        if zip64 is None:
            zip64 = file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT
        if zip64:
            extra = extra + struct.pack("<HHQQ", 1, 16, file_size, compress_size)
            file_size = compress_size = 0xFFFFFFFF
            min_version = ZIP64_VERSION
        if self.compress_type == ZIP_BZIP2:
            min_version = max(BZIP2_VERSION, min_version)
        elif self.compress_type == ZIP_LZMA:
            min_version = max(LZMA_VERSION, min_version)
        self.extract_version = max(min_version, self.extract_version)
        self.create_version = max(min_version, self.create_version)
        name, flags = self._encodeFilenameFlags()
        header = struct.pack(structFileHeader, stringFileHeader, self.extract_version,
                             self.reserved, flags, self.compress_type, dostime, dosdate, crc,
                             compress_size, file_size, len(name), len(extra))
        return header + name + extra

    def _decodeExtra(self):
        extra = self.extra
        i = 0
        while i + 4 <= len(extra):
            tp, ln = struct.unpack("<HH", extra[i:i + 4])
            if i + 4 + ln > len(extra):
                raise BadZipFile("Corrupt extra field %04x (size=%d)" % (tp, ln))
            if tp == 1:
                data = extra[i + 4:i + 4 + ln]
                k = 0
                for attr, label in (("file_size", "File size"),
                                    ("compress_size", "Compress size"),
                                    ("header_offset", "Header offset")):
                    if getattr(self, attr) in (0xFFFFFFFF, 0xFFFFFFFFFFFFFFFF):
                        if k + 8 > len(data):
                            raise BadZipFile("Corrupt zip64 extra field. %s not found." % label)
                        setattr(self, attr, int.from_bytes(data[k:k + 8], "little"))
                        k += 8
            i += 4 + ln

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        """A ZipInfo for the file or directory ``filename`` (stored as ``arcname``)."""
        if hasattr(filename, "__fspath__"):
            filename = os.fspath(filename)
        isdir = os.path.isdir(filename)
        stat = getattr(os, "stat", None)
        if stat is not None:
            st = stat(filename)
            mtime = st.st_mtime
            mode = st.st_mode
            size = st.st_size
        else:
            mtime = os.path.getmtime(filename)
            mode = 0o40755 if isdir else 0o100644
            size = 0 if isdir else os.path.getsize(filename)
        date_time = _localtime(mtime)
        if not strict_timestamps and date_time[0] < 1980:
            date_time = (1980, 1, 1, 0, 0, 0)
        elif not strict_timestamps and date_time[0] > 2107:
            date_time = (2107, 12, 31, 23, 59, 59)
        if arcname is None:
            arcname = filename
        arcname = os.path.normpath(arcname)
        while arcname[:1] in (os.sep, os.altsep) and arcname[:1]:
            arcname = arcname[1:]
        if isdir:
            arcname += "/"
        info = cls(arcname, date_time)
        info.external_attr = (mode & 0xFFFF) << 16
        if isdir:
            info.file_size = 0
            info.external_attr |= 0x10
        else:
            info.file_size = size
        return info


# ---------------------------------------------------------------------------------------------
# traditional PKWARE encryption (decryption only)

class _ZipDecrypter:
    def __init__(self, pwd):
        from binascii import _crc_table
        self._table = binascii._CRC_TABLE or _crc_table()
        self.k0 = 305419896
        self.k1 = 591751049
        self.k2 = 878082192
        for c in pwd:
            self._update(c)

    def _update(self, c):
        table = self._table
        self.k0 = table[(self.k0 ^ c) & 0xFF] ^ (self.k0 >> 8)
        self.k1 = ((self.k1 + (self.k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        self.k2 = table[(self.k2 ^ (self.k1 >> 24)) & 0xFF] ^ (self.k2 >> 8)

    def decrypt(self, data):
        out = bytearray()
        append = out.append
        table = self._table
        k0, k1, k2 = self.k0, self.k1, self.k2
        for c in data:
            k = k2 | 2
            c ^= ((k * (k ^ 1)) >> 8) & 0xFF
            append(c)
            k0 = table[(k0 ^ c) & 0xFF] ^ (k0 >> 8)
            k1 = ((k1 + (k0 & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
            k2 = table[(k2 ^ (k1 >> 24)) & 0xFF] ^ (k2 >> 8)
        self.k0, self.k1, self.k2 = k0, k1, k2
        return bytes(out)


# ---------------------------------------------------------------------------------------------
# the end of central directory record

def _end_record(fp):
    """(entries, cd size, cd offset, comment, position of the record, zip64) or None."""
    fp.seek(0, 2)
    filesize = fp.tell()
    if filesize < sizeEndCentDir:
        return None
    fp.seek(filesize - sizeEndCentDir)
    data = fp.read(sizeEndCentDir)
    if len(data) == sizeEndCentDir and data[:4] == stringEndArchive and data[-2:] == b"\0\0":
        start = filesize - sizeEndCentDir
        record = data
        comment = b""
    else:
        first = max(filesize - ZIP_MAX_COMMENT - sizeEndCentDir, 0)
        fp.seek(first)
        data = fp.read()
        at = data.rfind(stringEndArchive)
        if at < 0:
            return None
        record = data[at:at + sizeEndCentDir]
        if len(record) != sizeEndCentDir:
            return None
        start = first + at
        ncomment = struct.unpack("<H", record[20:22])[0]
        comment = data[at + sizeEndCentDir:at + sizeEndCentDir + ncomment]
    (_sig, disk, disk_cd, count_here, count, size, offset,
     _nc) = struct.unpack(structEndArchive, record)
    zip64 = False
    if start >= sizeEndCentDir64Locator:
        fp.seek(start - sizeEndCentDir64Locator)
        loc = fp.read(sizeEndCentDir64Locator)
        if len(loc) == sizeEndCentDir64Locator and loc[:4] == stringEndArchive64Locator:
            _s, _disk, _reloff, disks = struct.unpack(structEndArchive64Locator, loc)
            if _disk != 0 or disks > 1:
                raise BadZipFile("zipfiles that span multiple disks are not supported")
            fp.seek(start - sizeEndCentDir64Locator - sizeEndCentDir64)
            rec = fp.read(sizeEndCentDir64)
            if len(rec) == sizeEndCentDir64 and rec[:4] == stringEndArchive64:
                (_s, _sz, _cv, _rv, disk, disk_cd, count_here, count, size,
                 offset) = struct.unpack(structEndArchive64, rec)
                zip64 = True
    return count, size, offset, comment, start, zip64


# ---------------------------------------------------------------------------------------------
# members opened for reading and writing

class ZipExtFile:
    """A member of an archive opened for reading (``ZipFile.open``)."""

    MIN_READ_SIZE = 4096

    def __init__(self, name, zinfo, source, decrypter=None):
        # source: (file object, offset, size) of the member's data, read at the first read
        # (or when the archive is closed); the archive's fp is shared
        self.name = name
        self._source = source
        self._short = False
        self._view = None
        self.mode = "r"
        self._zinfo = zinfo
        self._raw = None
        self._decrypter = decrypter
        self._data = None
        self._pos = 0
        self._crc_ok = True
        self._closed = False

    def _fetch(self):
        """Read the member's (compressed) data from the archive."""
        if self._source is not None:
            fp, offset, size, owner = self._source
            self._source = None
            fp.seek(offset)
            self._raw = fp.read(size)
            self._short = len(self._raw) < size
            owner._readers.discard(self)

    def _load(self):
        if self._data is not None:
            return self._data
        self._fetch()
        raw = self._raw
        if self._short:
            raise EOFError("Truncated file: %r" % self.name)
        if self._decrypter is not None:
            raw = self._decrypter.decrypt(raw)
        ctype = self._zinfo.compress_type
        if ctype == ZIP_STORED:
            data = raw
        elif ctype == ZIP_DEFLATED:
            import zlib
            d = zlib.decompressobj(-15)
            data = d.decompress(raw) + d.flush()
            if not d.eof:
                raise EOFError("Compressed file ended before the end-of-stream marker was reached")
        else:
            raise NotImplementedError("compression type %d" % ctype)
        if len(data) > self._zinfo.file_size:
            data = data[:self._zinfo.file_size]
        self._crc_ok = binascii.crc32(data) == self._zinfo.CRC
        self._raw = None
        self._data = data
        self._view = memoryview(data)
        return data

    def _check_open(self):
        if self._closed:
            raise ValueError("I/O operation on closed file.")

    def _advance(self, n):
        data = self._load()
        start = self._pos
        end = len(data) if n is None or n < 0 else min(len(data), start + n)
        # a bad CRC is reported by the read that gets to the end of the member's data; CPython
        # reads ahead at least 4096 bytes, so a read near the end reports it as well
        if not self._crc_ok and start < len(data) and (
                n is None or n < 0 or start + max(n, 4096) >= len(data)):
            raise BadZipFile("Bad CRC-32 for file %r" % self.name)
        self._pos = end
        return bytes(self._view[start:end])

    def read(self, n=-1):
        """Read and return up to n bytes (all the rest when n is negative or None)."""
        self._check_open()
        return self._advance(n)

    def read1(self, n=-1):
        self._check_open()
        return self._advance(n)

    def peek(self, n=1):
        self._check_open()
        self._load()
        return bytes(self._view[self._pos:self._pos + max(n, 512)])

    def readline(self, limit=-1):
        """Read one line (ending with b'\\n'), at most ``limit`` bytes."""
        self._check_open()
        data = self._load()
        # look for the newline a piece at a time (cheap however big the member is)
        end = -1
        start = self._pos
        step = 256
        while start < len(data):
            piece = bytes(self._view[start:start + step])
            at = piece.find(b"\n")
            if at >= 0:
                end = start + at
                break
            start += len(piece)
            step *= 2
        end = len(data) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        return self._advance(end - self._pos)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        self._check_open()
        return True

    def writable(self):
        return False

    def seekable(self):
        self._check_open()
        return True

    def seek(self, offset, whence=0):
        self._check_open()
        size = self._zinfo.file_size
        if whence == 0:
            pos = offset
        elif whence == 1:
            pos = self._pos + offset
        elif whence == 2:
            pos = size + offset
        else:
            raise ValueError("whence must be os.SEEK_SET (0), os.SEEK_CUR (1), or os.SEEK_END (2)")
        self._pos = max(0, min(pos, size))
        return self._pos

    def tell(self):
        self._check_open()
        return self._pos

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True
        if self._source is not None:
            self._source[3]._readers.discard(self)
            self._source = None
        self._raw = None
        self._data = None
        self._view = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        if self._closed:
            return "<zipfile.ZipExtFile [closed]>"
        text = "<zipfile.ZipExtFile name=%r mode=%r" % (self.name, self.mode)
        if self._zinfo.compress_type != ZIP_STORED:
            text += " compress_type=%s" % compressor_names.get(self._zinfo.compress_type,
                                                               self._zinfo.compress_type)
        return text + ">"


class _ZipWriteFile:
    """A member opened for writing (``ZipFile.open(name, 'w')``): written on close."""

    def __init__(self, zipfile, zinfo, zip64):
        self._zipfile = zipfile
        self._zinfo = zinfo
        self._zip64 = zip64
        self._chunks = []
        self._closed = False

    @property
    def closed(self):
        return self._closed

    def writable(self):
        return True

    def readable(self):
        return False

    def write(self, data):
        if self._closed:
            raise ValueError("I/O operation on closed file.")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(data)
        self._chunks.append(data)
        return len(data)

    def close(self):
        if self._closed:
            return
        self._closed = True
        zf = self._zipfile
        zf._writing = False
        zf._write_member(self._zinfo, b"".join(self._chunks), self._zip64, checked=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _Tellable:
    """A write-only stream that counts what is written (for unseekable outputs)."""

    def __init__(self, fp):
        self.fp = fp
        self.offset = 0

    def write(self, data):
        n = self.fp.write(data)
        self.offset += len(data)
        return n

    def tell(self):
        return self.offset

    def flush(self):
        if hasattr(self.fp, "flush"):
            self.fp.flush()

    def close(self):
        self.fp.close()


# ---------------------------------------------------------------------------------------------

class ZipFile:
    """ZipFile(file, mode='r', compression=ZIP_STORED, allowZip64=True, compresslevel=None):
    a ZIP archive read ('r'), written ('w', 'x': a new file) or appended to ('a')."""

    fp = None

    def __init__(self, file, mode="r", compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ("r", "w", "x", "a"):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_compression(compression)
        if metadata_encoding and mode != "r":
            raise ValueError("metadata_encoding is only supported for reading files")
        self._allowZip64 = allowZip64
        self._didModify = False
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.compression = compression
        self.compresslevel = compresslevel
        self.mode = mode
        self.pwd = None
        self._comment = b""
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self._writing = False
        self._seekable = True
        self.start_dir = 0
        self._readers = set()           # members opened for reading whose data is unread
        if hasattr(file, "__fspath__"):
            file = os.fspath(file)
        if isinstance(file, str):
            self._filePassed = False
            self.filename = file
            if mode == "a":
                try:
                    self.fp = open(file, "r+b")
                except FileNotFoundError:
                    self.fp = open(file, "w+b")
            else:
                self.fp = open(file, {"r": "rb", "w": "w+b", "x": "x+b"}[mode])
        else:
            self._filePassed = True
            self.fp = file
            self.filename = getattr(file, "name", None)
        try:
            if mode == "r":
                self._read_directory()
            elif mode in ("w", "x"):
                self._didModify = True
                try:
                    self.start_dir = self.fp.tell()
                except (AttributeError, OSError):
                    self.fp = _Tellable(self.fp)
                    self.start_dir = 0
                    self._seekable = False
                else:
                    try:
                        self.fp.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._read_directory()
                    self.fp.seek(self.start_dir)
                except BadZipFile:
                    self.fp.seek(0, 2)
                    self._didModify = True
                    self.start_dir = self.fp.tell()
        except BaseException:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()
            raise

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        text = "<%s.%s" % (type(self).__module__, type(self).__qualname__)
        if self.fp is not None:
            if self._filePassed:
                text += " file=%r" % self.fp
            elif self.filename is not None:
                text += " filename=%r" % self.filename
            text += " mode=%r" % self.mode
        else:
            text += " [closed]"
        return text + ">"

    # -- reading the directory -------------------------------------------------------------

    def _read_directory(self):
        fp = self.fp
        try:
            end = _end_record(fp)
        except OSError:
            raise BadZipFile("File is not a zip file") from None
        if end is None:
            raise BadZipFile("File is not a zip file")
        count, size_cd, offset_cd, comment, location, zip64 = end
        self._comment = comment
        concat = location - size_cd - offset_cd
        if zip64:
            concat -= sizeEndCentDir64 + sizeEndCentDir64Locator
        self.start_dir = offset_cd + concat
        if self.start_dir < 0:
            raise BadZipFile("Bad offset for central directory")
        fp.seek(self.start_dir)
        data = memoryview(fp.read(size_cd))
        pos = 0
        encoding = self.metadata_encoding
        while pos < size_cd:
            header = bytes(data[pos:pos + sizeCentralDir])
            if len(header) != sizeCentralDir:
                raise BadZipFile("Truncated central directory")
            fields = struct.unpack(structCentralDir, header)
            if fields[0] != stringCentralDir:
                raise BadZipFile("Bad magic number for central directory")
            pos += sizeCentralDir
            nname, nextra, ncomment = fields[12], fields[13], fields[14]
            raw_name = bytes(data[pos:pos + nname])
            pos += nname
            flags = fields[5]
            info = ZipInfo(_decode_name(raw_name, flags, encoding))
            info.extra = bytes(data[pos:pos + nextra])
            pos += nextra
            info.comment = bytes(data[pos:pos + ncomment])
            pos += ncomment
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type, dostime, dosdate, info.CRC,
             info.compress_size, info.file_size) = fields[1:12]
            info.volume, info.internal_attr, info.external_attr, info.header_offset = \
                fields[15:19]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError("zip file version %.1f" % (info.extract_version / 10))
            info.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                              dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
            info._decodeExtra()
            info.header_offset += concat
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info

    # -- queries ---------------------------------------------------------------------------

    def namelist(self):
        """The names of the members, in archive order."""
        return [info.filename for info in self.filelist]

    def infolist(self):
        """The ZipInfo objects of the members, in archive order."""
        return list(self.filelist)

    def getinfo(self, name):
        """The ZipInfo of the member called ``name`` (KeyError if there is none)."""
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError("There is no item named %r in the archive" % name)
        return info

    def printdir(self, file=None):
        """Print a table of the members to ``file`` (stdout by default)."""
        print("%-46s %19s %12s" % ("File Name", "Modified    ", "Size"), file=file)
        for info in self.filelist:
            date = "%d-%02d-%02d %02d:%02d:%02d" % info.date_time[:6]
            print("%-46s %s %12d" % (info.filename, date, info.file_size), file=file)

    def testzip(self):
        """Read every member and check its CRC; return the first bad name or None."""
        for info in self.filelist:
            try:
                with self.open(info.filename, "r") as f:
                    f.read()
            except BadZipFile:
                return info.filename
        return None

    def setpassword(self, pwd):
        """Set the default password for encrypted members."""
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        self.pwd = pwd or None

    @property
    def comment(self):
        """The comment of the archive (bytes)."""
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError("comment: expected bytes, got %s" % type(comment).__name__)
        if len(comment) > ZIP_MAX_COMMENT:
            import warnings
            warnings.warn("Archive comment is too long; truncating to %d bytes"
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._didModify = True

    # -- reading members -------------------------------------------------------------------

    def read(self, name, pwd=None):
        """The bytes of the member ``name`` (a name or a ZipInfo)."""
        with self.open(name, "r", pwd) as f:
            return f.read()

    def open(self, name, mode="r", pwd=None, *, force_zip64=False):
        """A file object for the member ``name``: readable ('r') or writable ('w')."""
        if mode not in ("r", "w"):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == "w":
            raise ValueError("pwd is only supported for reading files")
        if pwd and not isinstance(pwd, bytes):
            raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
        if not self.fp:
            raise ValueError("Attempt to use ZIP archive that was already closed")
        if isinstance(name, ZipInfo):
            zinfo = name
        elif mode == "w":
            zinfo = ZipInfo(name, _localtime(time.time()))
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
        else:
            zinfo = self.getinfo(name)
        if mode == "w":
            return self._open_to_write(zinfo, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        fp = self.fp
        fp.seek(zinfo.header_offset)
        header = fp.read(sizeFileHeader)
        if len(header) != sizeFileHeader:
            raise BadZipFile("Truncated file header")
        fields = struct.unpack(structFileHeader, header)
        if fields[0] != stringFileHeader:
            raise BadZipFile("Bad magic number for file header")
        raw_name = fp.read(fields[10])
        if fields[11]:
            fp.read(fields[11])
        if zinfo.flag_bits & 0x20:
            raise NotImplementedError("compressed patched data (flag bit 5)")
        if zinfo.flag_bits & 0x40:
            raise NotImplementedError("strong encryption (flag bit 6)")
        if _decode_name(raw_name, fields[3], self.metadata_encoding) != zinfo.orig_filename:
            raise BadZipFile("File name in directory %r and header %r differ."
                             % (zinfo.orig_filename, raw_name))
        _check_compression(zinfo.compress_type)
        decrypter = None
        size = zinfo.compress_size
        if zinfo.flag_bits & 1:
            if not pwd:
                pwd = self.pwd
            if pwd and not isinstance(pwd, bytes):
                raise TypeError("pwd: expected bytes, got %s" % type(pwd).__name__)
            if not pwd:
                raise RuntimeError("File %r is encrypted, password required for extraction"
                                   % name)
            decrypter = _ZipDecrypter(pwd)
            head = decrypter.decrypt(fp.read(12))
            if zinfo.flag_bits & 0x08:
                check = (zinfo._dos_date_time()[1] >> 8) & 0xFF
            else:
                check = (zinfo.CRC >> 24) & 0xFF
            if len(head) < 12 or head[11] != check:
                raise RuntimeError("Bad password for file %r" % name)
            size -= 12
        reader = ZipExtFile(zinfo.filename, zinfo, (fp, fp.tell(), size, self), decrypter)
        self._readers.add(reader)
        return reader

    # -- extracting ------------------------------------------------------------------------

    def extract(self, member, path=None, pwd=None):
        """Extract ``member`` under ``path`` (the current folder by default); return the
        path written."""
        path = os.getcwd() if path is None else os.fspath(path)
        return self._extract_member(member, path, pwd)

    def extractall(self, path=None, members=None, pwd=None):
        """Extract all members (or those in ``members``) under ``path``."""
        if members is None:
            members = self.namelist()
        path = os.getcwd() if path is None else os.fspath(path)
        for member in members:
            self._extract_member(member, path, pwd)

    def _extract_member(self, member, target, pwd):
        if not isinstance(member, ZipInfo):
            member = self.getinfo(member)
        name = member.filename.replace("/", os.sep)
        if os.altsep:
            name = name.replace(os.altsep, os.sep)
        # absolute paths, '.' and '..' components are dropped
        parts = [p for p in name.split(os.sep) if p not in ("", os.curdir, os.pardir)]
        target = os.path.normpath(os.path.join(target, os.sep.join(parts)))
        parent = os.path.dirname(target)
        if parent and not os.path.exists(parent):
            os.makedirs(parent)
        if member.is_dir():
            if not os.path.isdir(target):
                os.mkdir(target)
            return target
        with self.open(member, pwd=pwd) as source:
            data = source.read()
        with open(target, "wb") as out:
            out.write(data)
        return target

    # -- writing ---------------------------------------------------------------------------

    def _writecheck(self, zinfo):
        if zinfo.filename in self.NameToInfo:
            import warnings
            warnings.warn("Duplicate name: %r" % zinfo.filename, stacklevel=3)
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")
        _check_compression(zinfo.compress_type)
        if not self._allowZip64:
            need = None
            if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
                need = "Files count"
            elif zinfo.file_size > ZIP64_LIMIT:
                need = "Filesize"
            elif zinfo.header_offset > ZIP64_LIMIT:
                need = "Zipfile size"
            if need:
                raise LargeZipFile(need + " would require ZIP64 extensions")

    def _open_to_write(self, zinfo, force_zip64=False):
        if force_zip64 and not self._allowZip64:
            raise ValueError("force_zip64 is True, but allowZip64 was False when opening "
                             "the ZIP file.")
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write handle "
                             "open on it. Close the first handle before opening another.")
        zip64 = self._allowZip64 and (force_zip64 or zinfo.file_size * 1.05 > ZIP64_LIMIT)
        self._writecheck(zinfo)
        self._writing = True
        return _ZipWriteFile(self, zinfo, zip64)

    def _writecheck_mode(self):
        if self.mode not in ("w", "x", "a"):
            raise ValueError("write() requires mode 'w', 'x', or 'a'")
        if not self.fp:
            raise ValueError("Attempt to write ZIP archive that was already closed")

    def _write_member(self, zinfo, data, zip64=None, checked=False):
        """Compress ``data`` and write the member's header and data (``zip64`` None: as
        needed; False: sizes over the limit are an error)."""
        zinfo.flag_bits = 0
        if zinfo.compress_type == ZIP_LZMA:
            zinfo.flag_bits |= _MASK_COMPRESS_OPTION_1
        if not self._seekable:
            zinfo.flag_bits |= _MASK_USE_DATA_DESCRIPTOR
        if not zinfo.external_attr:
            zinfo.external_attr = 0o600 << 16
        zinfo.file_size = len(data)
        zinfo.CRC = binascii.crc32(data)
        if zinfo.compress_type == ZIP_DEFLATED:
            import zlib
            level = zinfo._compresslevel
            cdata = zlib.compress(data, -1 if level is None else level, -15)
        else:
            cdata = data
        zinfo.compress_size = len(cdata)
        if zip64 is None:
            if zinfo.file_size > ZIP64_LIMIT or zinfo.compress_size > ZIP64_LIMIT:
                if not self._allowZip64:
                    raise LargeZipFile("Filesize would require ZIP64 extensions")
                zip64 = True
            else:
                zip64 = False
        elif not zip64:
            if zinfo.file_size > ZIP64_LIMIT:
                raise RuntimeError("File size too large, try using force_zip64")
            if zinfo.compress_size > ZIP64_LIMIT:
                raise RuntimeError("Compressed size too large, try using force_zip64")
        if self._seekable:
            self.fp.seek(self.start_dir)
        zinfo.header_offset = self.fp.tell()
        if not checked:
            self._writecheck(zinfo)
        self._didModify = True
        self.fp.write(zinfo.FileHeader(zip64))
        self.fp.write(cdata)
        if zinfo.flag_bits & _MASK_USE_DATA_DESCRIPTOR:
            self.fp.write(struct.pack("<4sLQQ" if zip64 else "<4sLLL", b"PK\x07\x08",
                                      zinfo.CRC, zinfo.compress_size, zinfo.file_size))
        self.filelist.append(zinfo)
        self.NameToInfo[zinfo.filename] = zinfo
        self.start_dir = self.fp.tell()

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        """Write ``data`` (bytes, or str written as UTF-8) as a member named by a ZipInfo or
        a name (dated now)."""
        if isinstance(data, str):
            data = data.encode("utf-8")
        if isinstance(zinfo_or_arcname, ZipInfo):
            zinfo = zinfo_or_arcname
        else:
            zinfo = ZipInfo(zinfo_or_arcname, _localtime(time.time()))
            zinfo.compress_type = self.compression
            zinfo._compresslevel = self.compresslevel
            if zinfo.filename.endswith("/"):
                zinfo.external_attr = (0o40775 << 16) | 0x10
            else:
                zinfo.external_attr = 0o600 << 16
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            zinfo.compress_type = compress_type
        if compresslevel is not None:
            zinfo._compresslevel = compresslevel
        self._writecheck_mode()
        self._write_member(zinfo, bytes(data))

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        """Write the file (or directory) ``filename`` as the member ``arcname``."""
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists")
        zinfo = ZipInfo.from_file(filename, arcname, strict_timestamps=self._strict_timestamps)
        if zinfo.is_dir():
            self.mkdir(zinfo)
            return
        zinfo.compress_type = self.compression if compress_type is None else compress_type
        zinfo._compresslevel = self.compresslevel if compresslevel is None else compresslevel
        with open(filename, "rb") as src:
            data = src.read()
        self._writecheck_mode()
        self._write_member(zinfo, data)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        """Add a directory entry (a ZipInfo or a name) to the archive."""
        if isinstance(zinfo_or_directory_name, ZipInfo):
            zinfo = zinfo_or_directory_name
            if not zinfo.is_dir():
                raise ValueError("The given ZipInfo does not describe a directory")
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith("/"):
                name += "/"
            zinfo = ZipInfo(name, _localtime(time.time()))
            zinfo.external_attr = ((0o40000 | mode) & 0xFFFF) << 16
            zinfo.external_attr |= 0x10
        else:
            raise TypeError("Expected type str or ZipInfo")
        if not self.fp:
            raise ValueError("Attempt to write to ZIP archive that was already closed")
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        zinfo.compress_type = ZIP_STORED
        self._writecheck_mode()
        self._write_member(zinfo, b"")

    def close(self):
        """Write the central directory (when writing) and close the file."""
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing handle "
                             "on it. Close the writing handle before closing the zip.")
        for reader in list(self._readers):
            reader._fetch()             # members still open stay readable
        try:
            if self.mode in ("w", "x", "a") and self._didModify:
                if self._seekable:
                    self.fp.seek(self.start_dir)
                self._write_end_record()
        finally:
            fp = self.fp
            self.fp = None
            if not self._filePassed:
                fp.close()

    def _write_end_record(self):
        fp = self.fp
        for zinfo in self.filelist:
            dosdate, dostime = zinfo._dos_date_time()
            extra = []
            file_size = zinfo.file_size
            compress_size = zinfo.compress_size
            header_offset = zinfo.header_offset
            if file_size > ZIP64_LIMIT or compress_size > ZIP64_LIMIT:
                extra.append(file_size)
                extra.append(compress_size)
                file_size = compress_size = 0xFFFFFFFF
            if header_offset > ZIP64_LIMIT:
                extra.append(header_offset)
                header_offset = 0xFFFFFFFF
            extra_data = zinfo.extra
            min_version = 0
            if extra:
                extra_data = _strip_extra(extra_data, (1,))
                extra_data = struct.pack("<HH" + "Q" * len(extra), 1, 8 * len(extra),
                                         *extra) + extra_data
                min_version = ZIP64_VERSION
            if zinfo.compress_type == ZIP_BZIP2:
                min_version = max(BZIP2_VERSION, min_version)
            elif zinfo.compress_type == ZIP_LZMA:
                min_version = max(LZMA_VERSION, min_version)
            extract_version = max(min_version, zinfo.extract_version)
            create_version = max(min_version, zinfo.create_version)
            name, flags = zinfo._encodeFilenameFlags()
            fp.write(struct.pack(structCentralDir, stringCentralDir, create_version,
                                 zinfo.create_system, extract_version, zinfo.reserved, flags,
                                 zinfo.compress_type, dostime, dosdate, zinfo.CRC,
                                 compress_size, file_size, len(name), len(extra_data),
                                 len(zinfo.comment), 0, zinfo.internal_attr,
                                 zinfo.external_attr, header_offset))
            fp.write(name)
            fp.write(extra_data)
            fp.write(zinfo.comment)
        end = fp.tell()
        count = len(self.filelist)
        size = end - self.start_dir
        offset = self.start_dir
        need = None
        if count > ZIP_FILECOUNT_LIMIT:
            need = "Files count"
        elif offset > ZIP64_LIMIT:
            need = "Central directory offset"
        elif size > ZIP64_LIMIT:
            need = "Central directory size"
        if need:
            if not self._allowZip64:
                raise LargeZipFile(need + " would require ZIP64 extensions")
            fp.write(struct.pack(structEndArchive64, stringEndArchive64, 44, 45, 45, 0, 0,
                                 count, count, size, offset))
            fp.write(struct.pack(structEndArchive64Locator, stringEndArchive64Locator, 0,
                                 end, 1))
            count = min(count, 0xFFFF)
            size = min(size, 0xFFFFFFFF)
            offset = min(offset, 0xFFFFFFFF)
        fp.write(struct.pack(structEndArchive, stringEndArchive, 0, 0, count, count, size,
                             offset, len(self._comment)))
        fp.write(self._comment)
        if self.mode == "a" and hasattr(fp, "truncate"):
            fp.truncate()
        if hasattr(fp, "flush"):
            fp.flush()


def is_zipfile(filename):
    """True if ``filename`` (a path or a file object) looks like a ZIP archive (it has an
    end of central directory record)."""
    try:
        if hasattr(filename, "read"):
            pos = filename.tell()
            try:
                return _end_record(filename) is not None
            finally:
                filename.seek(pos)
        with open(filename, "rb") as fp:
            return _end_record(fp) is not None
    except (OSError, BadZipFile):
        return False
