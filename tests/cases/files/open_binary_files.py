import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "data.bin")
    with open(path, "wb") as f:
        print(type(f).__name__, f.mode)
        print(f.write(bytes(range(10))), f.write(b"\xff\xfe"), f.tell())
    with open(path, "rb") as f:
        data = f.read()
        print(type(f).__name__, data, len(data))
    with open(path, "rb") as f:
        print(f.read(3), f.read(3), f.tell(), f.seek(-2, 2), f.read(), f.read(), f.seek(0), f.read(1))
    with open(path, "rb", buffering=0) as f:
        print(type(f).__name__, f.read(4))
    with open(path, "ab") as f:
        f.write(bytearray(b"tail"))
    with open(path, "rb") as f:
        print(f.read()[-6:])
    with open(path, "r+b") as f:
        f.seek(2)
        f.write(b"XY")
        f.seek(0)
        print(f.read(6))
    try:
        with open(path, "wb") as f:
            f.write("text")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        with open(path, "w") as f:
            f.write(b"bytes")
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        open(path, "rb", encoding="utf-8")
    except ValueError as e:
        print(type(e).__name__, e)
    with open(path, "rb") as f:
        print(list(f))
    with open(path, "wb") as f:
        f.write(b"a\nb\r\nc")
    with open(path, "rb") as f:
        print(f.readlines())
    with open(path, "r") as f:
        print(repr(f.read()))
    with open(path, "r", newline="") as f:
        print(repr(f.read()))
