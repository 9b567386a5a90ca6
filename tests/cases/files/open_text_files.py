import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "notes.txt")
    with open(path, "w") as f:
        print(type(f).__name__, f.mode, f.closed, f.name == path)
        n = f.write("line one\n")
        f.write("line two\nline three")
        print("write returned", n)
    print("closed after with", f.closed)
    with open(path) as f:
        print(repr(f.read()))
    with open(path) as f:
        print(repr(f.readline()), repr(f.readline()), repr(f.readline()), repr(f.readline()))
    with open(path) as f:
        print(f.readlines())
    with open(path) as f:
        print([line.rstrip("\n") for line in f])
    with open(path, "a") as f:
        f.write("\nappended")
    with open(path) as f:
        print(f.read().splitlines())
    with open(path, "r+") as f:
        print(repr(f.read(4)), f.tell())
        f.seek(0)
        f.write("LINE")
    with open(path) as f:
        print(repr(f.read(20)))
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(["é", "日本", "😀\n"])
    with open(path, encoding="utf-8") as f:
        print(f.read(), os.path.getsize(path))
    with open(path, "rb") as f:
        print(f.read())
    try:
        open(os.path.join(d, "missing.txt"))
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename))
    f = open(path)
    f.close()
    try:
        f.read()
    except ValueError as e:
        print(type(e).__name__, e)
    with open(path, "x") if False else open(os.path.join(d, "new.txt"), "x") as f:
        f.write("exclusive")
    try:
        open(os.path.join(d, "new.txt"), "x")
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror)
    try:
        open(path, "q")
    except ValueError as e:
        print(type(e).__name__, e)
    print(sorted(os.listdir(d)))
