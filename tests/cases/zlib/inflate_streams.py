# zlib: inflating streams written by CPython's zlib (dynamic and fixed Huffman, zlib, raw,
# gzip, preset dictionaries), at once and in pieces with decompressobj.
import zlib

text = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % (i % 17) for i in range(60))
dynamic = bytes.fromhex(
    "78daed93b70d8040100473aab812383c748379ecc3e35df5084ad80ce9e2d5443ba39b41919dd05a2b9ab626"
    "ef289bcd3150694e6ab77e5cc8ec6afe669dde1715a6b2f4cb30c03800e3028c07303ec0040013024c0430"
    "31f22924026202232a30e2022332306203233a487a929ea427e9497a929ea427e9fd32bd07319a5118")
fixed_raw = bytes.fromhex("4b4c4a4e842185b4cc8ad414858cd2b4b4dcc43c05882000")
gzipped = bytes.fromhex("1f8b08000000000002034bafca2c50c84dcd4d4a2d522848acccc94f4ce14a27520c00f11a89a03c000000")
gz_named = bytes.fromhex("1f8b08080000000002ff6e616d652e74787400cb4bcc4d4d010087cce07105000000")
with_dict = bytes.fromhex("78f9478e07342bc11452484c4fcccc0300796a0954")

out = zlib.decompress(dynamic)
print("dynamic", len(out), out == text, zlib.crc32(out), zlib.adler32(out))
print("wbits 0 and 47", zlib.decompress(dynamic, 0) == text, zlib.decompress(dynamic, 47) == text)
print("raw body", zlib.decompress(dynamic[2:-4], -15) == text)
print("fixed", zlib.decompress(fixed_raw, -15), zlib.decompress(fixed_raw, wbits=-9))
print("gzip", zlib.decompress(gzipped, 31), zlib.decompress(gzipped, 47) == zlib.decompress(gzipped, 16 + 15))
print("gzip named", zlib.decompress(gz_named, 31))
print("trailing junk ignored", zlib.decompress(dynamic + b"junk") == text)
print("bufsize", zlib.decompress(dynamic, bufsize=1) == text)

d = zlib.decompressobj()
pieces = [d.decompress(dynamic[i:i + 7]) for i in range(0, len(dynamic), 7)]
print("pieces", len(pieces), b"".join(pieces) == text, d.eof, d.unused_data, d.unconsumed_tail)
print("after eof", d.decompress(b"more"), d.unused_data, d.flush())

d = zlib.decompressobj()
got = d.decompress(dynamic + b"NEXT")
print("unused", got == text, d.eof, d.unused_data)

d = zlib.decompressobj(-15)
first = d.decompress(fixed_raw, 5)
print("max_length", first, len(d.unconsumed_tail) > 0, d.eof)
rest = b""
while d.unconsumed_tail or not d.eof:
    chunk = d.decompress(d.unconsumed_tail, 5)
    if not chunk:
        break
    rest += chunk
print("collected", first + rest, d.eof)

d = zlib.decompressobj(31)
print("gzip obj", d.decompress(gzipped[:15]), d.eof)
print("gzip obj rest", d.decompress(gzipped[15:]), d.eof)

d = zlib.decompressobj()
part = d.decompress(dynamic[:40])
print("flush without end", len(part + d.flush()) > 0, d.eof)

d = zlib.decompressobj(zdict=b"the quick brown fox")
print("zdict", d.decompress(with_dict), d.eof)
d = zlib.decompressobj(-15, zdict=b"the quick brown fox")
print("raw zdict", d.decompress(bytes.fromhex("2bc94855282ccd4cce56482aca2fcf5348cbaf50484c4fcccc0300")))
print("empty stored", zlib.decompress(b"\x78\x9c\x03\x00\x00\x00\x00\x01"), zlib.decompress(b"\x01\x00\x00\xff\xff", -15))
