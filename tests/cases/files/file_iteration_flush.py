import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "log.txt")
    f = open(p, "w")
    f.write("buffered")
    with open(p) as r:
        print("before flush", repr(r.read()))
    f.flush()
    with open(p) as r:
        print("after flush", repr(r.read()))
    f.close()
    with open(p, "w") as f:
        for i in range(5):
            print("row", i, file=f)
        print("a", "b", sep=",", end="!\n", file=f)
    with open(p) as f:
        for lineno, line in enumerate(f, 1):
            print(lineno, line, end="")
    with open(p) as f:
        print(next(f), end="")
        print(f.readline(), end="")
        print(len(f.read()))
    with open(p) as f:
        print(f.name == p, f.readable(), f.writable(), f.seekable(), f.closed)
    print(f.closed)
    with open(p) as f:
        try:
            f.write("x")
        except Exception as e:
            print(type(e).__name__, e)
    with open(p, "w") as f:
        pass
    print("truncated size", os.path.getsize(p))
    with open(p, "w") as f:
        f.write("x" * 10000)
    with open(p) as f:
        print(len(f.read(5000)), len(f.read()), repr(f.read()))
