# zlib: compress/compressobj output that decompress reads back, checksums and parameters.
# (Only the headers and trailers are printed: the compressed bytes may differ between zlibs.)
import zlib

samples = [b"", b"a", b"hello hello hello hello", bytes(range(256)) * 300, b"\x00" * 70000]
for data in samples:
    row = []
    for level in (-1, 0, 1, 6, 9):
        c = zlib.compress(data, level)
        row.append((c[:2].hex(), c[-4:].hex(), zlib.decompress(c) == data))
    print(len(data), row[0], row[1][0], row[3][0], row[4][0], all(r[2] for r in row))
    raw = zlib.compress(data, 6, -15)
    gz = zlib.compress(data, 9, 31)
    print("   raw", zlib.decompress(raw, -15) == data, "gzip", gz[:10].hex(), gz[-8:].hex(),
          zlib.decompress(gz, 31) == data, zlib.decompress(gz, 47) == data)

print("adler32", zlib.adler32(b""), zlib.adler32(b"hello"), zlib.adler32(b"hello", 7), zlib.adler32(bytes(range(256)) * 40))
print("adler32 incremental", zlib.adler32(b"world", zlib.adler32(b"hello ")) == zlib.adler32(b"hello world"))
print("crc32", zlib.crc32(b"hello"), zlib.crc32(b"hello", 2 ** 33 + 1), zlib.crc32(memoryview(b"abc")))

co = zlib.compressobj()
stream = co.compress(b"part one, ") + co.compress(b"part two") + co.flush()
print("compressobj", stream[:2].hex(), zlib.decompress(stream))
co = zlib.compressobj(9, zlib.DEFLATED, -12)
stream = co.compress(b"x" * 100000) + co.flush(zlib.Z_FINISH)
print("compressobj raw", zlib.decompress(stream, -15) == b"x" * 100000)
co = zlib.compressobj(wbits=25)
gz = co.compress(b"gzip via object") + co.flush()
print("compressobj gzip", gz[:3].hex(), zlib.decompress(gz, 31))
co = zlib.compressobj()
head = co.compress(b"synced data")
synced = head + co.flush(zlib.Z_SYNC_FLUSH)
print("sync flush", synced.endswith(b"\x00\x00\xff\xff"), zlib.decompressobj().decompress(synced))
print("no flush", co.flush(zlib.Z_NO_FLUSH))
tail = co.compress(b" and more") + co.flush()
print("after sync", zlib.decompress(synced + tail))
for call in (lambda: co.compress(b"late"), lambda: co.flush()):
    try:
        call()
    except zlib.error as e:
        print("finished", e)
for args in [(b"x", 10), (b"x", -2), (b"x", 6, 16), (b"x", 6, 7), ("text",)]:
    try:
        zlib.compress(*args)
    except (zlib.error, TypeError) as e:
        print("compress", args, type(e).__name__, e)
for kwargs in [dict(level=12), dict(wbits=99), dict(method=9), dict(memLevel=10)]:
    try:
        zlib.compressobj(**kwargs)
    except ValueError as e:
        print("compressobj", kwargs, e)
print("constants", zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL, zlib.Z_BEST_COMPRESSION,
      zlib.Z_DEFAULT_COMPRESSION, zlib.Z_SYNC_FLUSH, zlib.Z_FINISH, zlib.Z_FIXED)
print("error", zlib.error.__module__, zlib.error.__mro__[1].__name__)
