import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "s.bin")
    with open(p, "w+b") as f:
        f.write(b"0123456789")
        print(f.tell(), f.seek(0), f.read(3), f.tell())
        print(f.seek(5), f.read(2), f.seek(-3, 2), f.read(), f.seek(1, 0), f.seek(2, 1), f.read(1))
        f.seek(0)
        f.truncate(4)
        print(f.read(), f.seek(0, 2))
        f.write(b"AB")
        f.seek(0)
        print(f.read())
    with open(p, "w+") as f:
        f.write("héllo\nwörld\n")
        f.seek(0)
        print(repr(f.readline()), f.tell() > 0)
        pos = f.tell()
        print(repr(f.read()))
        f.seek(pos)
        print(repr(f.readline()))
        f.seek(0)
        print(repr(f.read(3)))
    with open(p) as f:
        try:
            f.seek(-1, 2)
        except Exception as e:
            print(type(e).__name__, e)
        print(f.seek(0, 2) == os.path.getsize(p))
    with open(p, "rb") as f:
        print(f.read(2), f.peek(1)[:1] if hasattr(f, "peek") else "no peek", f.read(1))
        print(f.readline(), f.readlines())
