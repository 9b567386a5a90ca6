import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, "t.txt")
    with open(p, "wb") as f:
        f.write(b"one\r\ntwo\rthree\nfour")
    for nl in [None, "", "\n", "\r", "\r\n"]:
        with open(p, newline=nl) as f:
            print(repr(nl), f.readlines())
    with open(p, "w", newline="\r\n") as f:
        f.write("a\nb\n")
    with open(p, "rb") as f:
        print(f.read())
    with open(p, "w", newline="") as f:
        f.write("x\ny\r\n")
    with open(p, "rb") as f:
        print(f.read())
    for enc in ["utf-8", "latin-1", "ascii", "utf-16"]:
        with open(p, "w", encoding=enc) as f:
            f.write("caf" + ("é" if enc != "ascii" else "e"))
        with open(p, "rb") as f:
            raw = f.read()
        with open(p, encoding=enc) as f:
            print(enc, raw, f.read())
    with open(p, "wb") as f:
        f.write(b"caf\xe9")
    try:
        with open(p, encoding="utf-8") as f:
            f.read()
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    with open(p, encoding="utf-8", errors="replace") as f:
        print(repr(f.read()))
    try:
        with open(p, "w", encoding="ascii") as f:
            f.write("é")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e)
    with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
        f.write("é")
    with open(p) as f:
        print(f.read())
    try:
        open(p, encoding="bogus-enc")
    except LookupError as e:
        print(type(e).__name__, e)
