# zipfile: archives after a shebang line, appending to non-zip files, 'x' mode, extract and
# extractall (which drop '..' and absolute parts of member names).
import os
import tempfile
import zipfile


def listing(top):
    found = []
    for name in sorted(os.listdir(top)):
        full = os.path.join(top, name)
        if os.path.isdir(full):
            found.append(name + "/")
            found.extend(name + "/" + sub for sub in listing(full))
        else:
            found.append(name)
    return found


with tempfile.TemporaryDirectory() as tmp:
    app = os.path.join(tmp, "app.pyz")
    with open(app, "wb") as f:
        f.write(b"#!/usr/bin/env python3\n")
        with zipfile.ZipFile(f, "w") as zf:
            zf.writestr(zipfile.ZipInfo("__main__.py", (2020, 1, 1, 0, 0, 0)), "print('hi')\n")
    raw = open(app, "rb").read()
    print("prefix", raw.split(b"\n")[0], raw[23:27], zipfile.is_zipfile(app))
    with zipfile.ZipFile(app) as zf:
        info = zf.getinfo("__main__.py")
        print("read prefixed", zf.read("__main__.py"), info.header_offset)

    # the same zip data glued after a shell stub: offsets in the archive are relative
    plain = os.path.join(tmp, "plain.zip")
    with zipfile.ZipFile(plain, "w") as zf:
        zf.writestr(zipfile.ZipInfo("inner.txt", (2020, 1, 1, 0, 0, 0)), b"inner")
    glued = os.path.join(tmp, "glued.bin")
    with open(glued, "wb") as f:
        f.write(b"#!/bin/sh\necho stub\nexit 0\n" + open(plain, "rb").read())
    with zipfile.ZipFile(glued) as zf:
        print("glued", zf.namelist(), zf.read("inner.txt"), zf.getinfo("inner.txt").header_offset)

    notzip = os.path.join(tmp, "notes.txt")
    with open(notzip, "wb") as f:
        f.write(b"plain text file\n")
    print("is_zipfile text", zipfile.is_zipfile(notzip))
    with zipfile.ZipFile(notzip, "a") as zf:
        zf.writestr(zipfile.ZipInfo("added.txt", (2020, 1, 1, 0, 0, 0)), b"added")
    print("appended", open(notzip, "rb").read()[:16], zipfile.is_zipfile(notzip))
    with zipfile.ZipFile(notzip) as zf:
        print("appended read", zf.namelist(), zf.read("added.txt"), zf.getinfo("added.txt").header_offset)

    try:
        zipfile.ZipFile(plain, "x")
    except FileExistsError as e:
        print("x mode", type(e).__name__, e.errno)
    new = os.path.join(tmp, "new.zip")
    with zipfile.ZipFile(new, "x") as zf:
        zf.writestr(zipfile.ZipInfo("ok", (2020, 1, 1, 0, 0, 0)), b"created")
    with zipfile.ZipFile(new, "a") as zf:
        zf.writestr(zipfile.ZipInfo("ok2", (2020, 1, 1, 0, 0, 0)), b"appended")
    with zipfile.ZipFile(new) as zf:
        print("x then a", zf.namelist(), [zf.read(n) for n in zf.namelist()])

    evil = os.path.join(tmp, "evil.zip")
    with zipfile.ZipFile(evil, "w") as zf:
        for name in ["../escape.txt", "/abs/path.txt", "dir/./x/../y.txt", "pkg/", "pkg/mod.py", "top.txt"]:
            zf.writestr(zipfile.ZipInfo(name, (2020, 1, 1, 0, 0, 0)), name.encode())
    target = os.path.join(tmp, "out")
    with zipfile.ZipFile(evil) as zf:
        zf.extractall(target)
        print("extractall", listing(target))
        one = zf.extract("top.txt", os.path.join(tmp, "single"))
        print("extract", one[len(tmp):])
        print("extract dir", zf.extract("pkg/", os.path.join(tmp, "single"))[len(tmp):])
        zf.extractall(os.path.join(tmp, "some"), members=["pkg/mod.py"])
        print("members", listing(os.path.join(tmp, "some")))
    print("contents", open(os.path.join(target, "escape.txt"), "rb").read(),
          open(os.path.join(target, "dir", "x", "y.txt"), "rb").read())
print("cleaned", not os.path.exists(tmp))
