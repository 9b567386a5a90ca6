# Modules inside a zip archive on sys.path: find_spec, the zip importer as loader,
# get_source/get_data, a deflated member, packages inside the archive, and reload from it.
# The archive is written here by hand (stored members and one raw-deflate member).
import os, sys, tempfile
import importlib, importlib.util

def crc32(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc ^= b
        for _ in range(8):
            crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
    return crc ^ 0xFFFFFFFF

def make_zip(path, members):
    """members: (name, data, method, stored bytes); method 0 = stored, 8 = deflated."""
    out, central = b"", b""
    for name, data, method, payload in members:
        n = name.encode()
        fields = (method.to_bytes(2, "little") + b"\0\0\0\0" + crc32(data).to_bytes(4, "little")
                  + len(payload).to_bytes(4, "little") + len(data).to_bytes(4, "little")
                  + len(n).to_bytes(2, "little") + b"\0\0")
        central += (b"PK\x01\x02\x14\x00\x14\x00\0\0" + fields + b"\0\0\0\0\0\0\0\0\0\0"
                    + len(out).to_bytes(4, "little") + n)
        out += b"PK\x03\x04\x14\x00\0\0" + fields + n + payload
    end = (b"PK\x05\x06\0\0\0\0" + len(members).to_bytes(2, "little") * 2
           + len(central).to_bytes(4, "little") + len(out).to_bytes(4, "little") + b"\0\0")
    with open(path, "wb") as f:
        f.write(out + central + end)

DEFLATED = (b'SVH\xce\xcf-(J-.NMQ\xc8M\xcdMJ-\xe2\xf2\xf1\xf4s\rV\xb0U\x88\xe6R\x00\x02\xa5'
            b'\x9c\xcc\xbcT\x05\x03\x85\xfc4\x85D\x85\x94\xd4\xb4\x9c\xc4\x12\x90\xd2\xfc\x94'
            b'\xd2\x9cT%\x1d$%\x86\x84\x95\x18\x11VbLX\x89\ta%\xa6\x84\x95\x98\x11VbNX\x89\x05'
            b'a%\x96D\x04\x1d1\xc1\x8b3|c\xb9\x9c\xfdC\xfdB\x801\x96\x93\x9a\xa7\x01\x8e=M.\x00')
PLAIN = (b'# compressed member\nLINES = [\n'
         + b''.join(b'    "line %d of a deflated module",\n' % i for i in range(12))
         + b']\nCOUNT = len(LINES)\n')

def stored(name, text):
    return (name, text, 0, text)

with tempfile.TemporaryDirectory() as tmp:
    archive = os.path.join(tmp, "lib.zip")
    make_zip(archive, [
        stored("zmod.py", b"WHERE = __file__\nprint('zmod runs as', __name__)\n"),
        stored("zpkg/__init__.py", b"from . import part\n"),
        stored("zpkg/part.py", b"VALUE = 'part of zpkg'\n"),
        stored("zpkg/data.txt", b"some data"),
        ("zdeflated.py", PLAIN, 8, DEFLATED),
    ])
    n = lambda p: p.replace(tmp, "TMP") if isinstance(p, str) else p
    sys.path.insert(0, archive)

    spec = importlib.util.find_spec("zmod")
    print(spec.name, n(spec.origin), spec.has_location, repr(spec.parent))
    print(n(repr(spec.loader)), type(spec.loader).__name__)
    print(spec.loader.is_package("zmod"), n(spec.loader.get_filename("zmod")))
    print(repr(spec.loader.get_source("zmod")))
    spec = importlib.util.find_spec("zpkg")
    print(spec.name, n(spec.origin), [n(p) for p in spec.submodule_search_locations])
    print(importlib.util.find_spec("znothere"))

    import zmod
    print(n(zmod.WHERE), n(zmod.__file__))
    import zpkg
    print(zpkg.part.VALUE, n(zpkg.__file__), importlib.util.find_spec("zpkg.part").name)
    loader = importlib.util.find_spec("zpkg.part").loader
    print(n(repr(loader)), loader.get_data(os.path.join(archive, "zpkg", "data.txt")))
    zd = importlib.import_module("zdeflated")
    print(zd.COUNT, zd.LINES[-1], importlib.util.find_spec("zdeflated").loader.get_source("zdeflated") == PLAIN.decode())
    r = importlib.reload(zmod)
    print(r is zmod, n(zmod.__spec__.origin))
    sys.path.remove(archive)
