import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "modes.txt")
    for mode in ["w", "a", "x"]:
        try:
            with open(p, mode) as f:
                f.write(mode)
            print(mode, "ok")
        except FileExistsError as e:
            print(mode, type(e).__name__)
    with open(p) as f:
        print(repr(f.read()))
    with open(p, "r+") as f:
        f.write("Z")
    with open(p, "a+") as f:
        f.write("!")
        f.seek(0)
        print(repr(f.read()))
    with open(p, "w+") as f:
        print(repr(f.read()))
        f.write("fresh")
        f.seek(0)
        print(repr(f.read()))
    for bad in ["rw", "wa", "z", "rb+t", "U"]:
        try:
            open(p, bad)
            print(bad, "accepted")
        except ValueError as e:
            print(repr(bad), type(e).__name__, e)
    with open(p, "rt") as f:
        print(f.mode, type(f).__name__)
    with open(p, "w", encoding="utf-8") as f:
        print(f.write("日本"), f.tell() >= 6)
    print(os.path.getsize(p))
