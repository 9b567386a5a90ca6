# runpy.run_path on a folder and on a zip archive holding __main__.py (found with the path
# first on sys.path, then removed), and the error when there is no __main__ module.
import os, sys, tempfile, runpy

def make_zip(path, members):
    """A zip with stored members (a CRC of 0 is not checked by importers)."""
    def crc32(data):
        crc = 0xFFFFFFFF
        for b in data:
            crc ^= b
            for _ in range(8):
                crc = (crc >> 1) ^ (0xEDB88320 if crc & 1 else 0)
        return crc ^ 0xFFFFFFFF
    out, central = b"", b""
    for name, data in members:
        nm = name.encode()
        fields = (b"\0\0\0\0\0\0" + crc32(data).to_bytes(4, "little") + len(data).to_bytes(4, "little") * 2
                  + len(nm).to_bytes(2, "little") + b"\0\0")
        central += b"PK\x01\x02\x14\x00\x14\x00\0\0" + fields + b"\0" * 10 + len(out).to_bytes(4, "little") + nm
        out += b"PK\x03\x04\x14\x00\0\0" + fields + nm + data
    end = (b"PK\x05\x06\0\0\0\0" + len(members).to_bytes(2, "little") * 2
           + len(central).to_bytes(4, "little") + len(out).to_bytes(4, "little") + b"\0\0")
    with open(path, "wb") as f:
        f.write(b"#!/usr/bin/env python3\n" + out + central + end)

MAIN = (b"import sys, helper\n"
        b"print('main runs as', __name__, repr(__package__), __spec__.name, helper.WHO)\n"
        b"ARGV0 = sys.argv[0]\n")

with tempfile.TemporaryDirectory() as tmp:
    n = lambda v: v.replace(tmp, "TMP") if isinstance(v, str) else v
    app = os.path.join(tmp, "appdir")
    os.mkdir(app)
    with open(os.path.join(app, "__main__.py"), "wb") as f:
        f.write(MAIN)
    with open(os.path.join(app, "helper.py"), "w") as f:
        f.write("WHO = 'helper in a folder'\n")
    path_before = list(sys.path)
    g = runpy.run_path(app)
    print(g["__name__"], n(g["__file__"]), n(g["ARGV0"]), type(g["__loader__"]).__name__)
    print(sys.path == path_before, sys.modules["__main__"].__dict__ is globals())
    del sys.modules["helper"]

    archive = os.path.join(tmp, "app.pyz")
    make_zip(archive, [("__main__.py", MAIN), ("helper.py", b"WHO = 'helper in a zip'\n")])
    g = runpy.run_path(archive, init_globals={"SEED": 1}, run_name="zipped")
    print(g["__name__"], n(g["__file__"]), n(g["ARGV0"]), g["SEED"], n(repr(g["__loader__"])))
    print(n(g["__spec__"].origin), g["__spec__"].name, sys.path == path_before)
    del sys.modules["helper"]

    empty = os.path.join(tmp, "empty")
    os.mkdir(empty)
    noman = os.path.join(tmp, "nomain.zip")
    make_zip(noman, [("other.py", b"")])
    for target in (empty, noman):
        try:
            runpy.run_path(target)
        except ImportError as e:
            print(type(e).__name__, n(str(e)))
    print(sys.path == path_before)
